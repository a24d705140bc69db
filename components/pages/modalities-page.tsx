import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/page-metadata";
import Link from "@/components/intent-link";
import { entriesWithModality, catalogIn } from "@/lib/catalog";
import { modalityHref } from "@/lib/routes";

export function generateMetadata({ locale }: { locale: Locale }): Metadata {
  return pageMetadata({
  locale,
  title: "Modalities",
  description: "Generative AI by modality: text, image, audio, video, embodied and multimodal models.",
  path: "/modalities" });
}

export default function ModalitiesPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const catalog = catalogIn(locale);
  return (
    <div>
      <h1 className="text-3xl font-bold">Modalities</h1>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {catalog.modalities.map((modality) => (
          <li key={modality.slug} className="rounded-lg border border-border p-4">
            <Link href={modalityHref(modality.slug)} className="text-lg font-semibold">
              {modality.name}
            </Link>{" "}
            <span className="text-sm text-fg-muted">({entriesWithModality(modality.slug, catalog).length} entries)</span>
            <p className="mt-1 text-fg-muted">{modality.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
