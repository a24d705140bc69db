import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/page-metadata";
import Link from "@/components/intent-link";
import { entriesWithModality, catalogIn } from "@/lib/catalog";
import { plural } from "@/lib/i18n/format-message";
import { messagesFor } from "@/lib/i18n/messages";
import { modalityHref } from "@/lib/routes";

export function generateMetadata({ locale }: { locale: Locale }): Metadata {
  const t = messagesFor(locale).pages.modalities;
  return pageMetadata({ locale, title: t.title, description: t.description, path: "/modalities" });
}

export default function ModalitiesPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const catalog = catalogIn(locale);
  const { pages } = messagesFor(locale);
  const t = pages.modalities;
  return (
    <div>
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {catalog.modalities.map((modality) => (
          <li key={modality.slug} className="rounded-lg border border-border p-4">
            <Link href={modalityHref(modality.slug)} className="text-lg font-semibold">
              {modality.name}
            </Link>
            {pages.noteGap}
            <span className="text-sm text-fg-muted">{plural(locale, t.count, entriesWithModality(modality.slug, catalog).length)}</span>
            <p className="mt-1 text-fg-muted">{modality.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
