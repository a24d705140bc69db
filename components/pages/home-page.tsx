import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import type { Metadata } from "next";
import Link from "@/components/intent-link";
import { pageMetadata } from "@/lib/publish/page-metadata";
import { catalogIn, newestFirst } from "@/lib/catalog";
import { buildModalityMatrix } from "@/lib/modality-matrix";
import { ModalityMatrixTable } from "@/components/modality-matrix-table";
import { EntryList } from "@/components/entry-list";
import { messagesFor } from "@/lib/i18n/messages";
import { plural } from "@/lib/i18n/format-message";
import { formatEraYears } from "@/lib/format";
import { recentChanges } from "@/lib/publish/changes";
import { WhatsNew } from "@/components/whats-new";
import { eraHref, modalityHref } from "@/lib/routes";

export function generateMetadata({ locale }: { locale: Locale }): Metadata {
  return pageMetadata({ locale, title: null, description: messagesFor(locale).common.siteDescription, path: "/" });
}

export default function HomePage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const catalog = catalogIn(locale);
  const latest = newestFirst(catalog).slice(0, 6);
  const { common, pages } = messagesFor(locale);
  const t = pages.home;
  return (
    <div className="space-y-12">
      <section>
        <h1 className="text-3xl font-bold sm:text-4xl">{common.siteName}</h1>
        <p className="mt-3 max-w-3xl text-lg text-fg-muted">
          {plural(locale, t.intro, catalog.entries.length)}
        </p>
        <p className="mt-4 flex flex-wrap gap-4">
          <Link href="/models" className="rounded-md bg-accent px-4 py-2 font-medium text-accent-fg no-underline">
            {t.browse}
          </Link>
          <Link href="/timeline" className="rounded-md border border-border px-4 py-2 font-medium no-underline">
            {t.timeline}
          </Link>
          <Link href="/compare" className="rounded-md border border-border px-4 py-2 font-medium no-underline">
            {t.compare}
          </Link>
        </p>
      </section>

      <section aria-labelledby="matrix-heading">
        <h2 id="matrix-heading" className="mb-3 text-2xl font-semibold">
          {t.matrixHeading}
        </h2>
        <ModalityMatrixTable matrix={buildModalityMatrix(catalog)} />
      </section>

      <section aria-labelledby="modalities-heading">
        <h2 id="modalities-heading" className="mb-3 text-2xl font-semibold">
          {t.modalitiesHeading}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {catalog.modalities.map((modality) => (
            <li key={modality.slug} className="rounded-lg border border-border p-4">
              <Link href={modalityHref(modality.slug)} className="text-lg font-semibold">
                {modality.name}
              </Link>
              <p className="mt-1 text-sm text-fg-muted">{modality.summary}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="eras-heading">
        <h2 id="eras-heading" className="mb-3 text-2xl font-semibold">
          {t.erasHeading}
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {catalog.eras.map((era) => (
            <li key={era.slug} className="rounded-lg border border-border p-4">
              <Link href={eraHref(era.slug)} className="font-semibold">
                {era.name}
              </Link>{" "}
              <span className="text-sm text-fg-muted">
                {formatEraYears(era, locale)}
              </span>
              <p className="mt-1 text-sm text-fg-muted">{era.summary}</p>
            </li>
          ))}
        </ol>
      </section>

      <WhatsNew added={recentChanges(catalog, "added", 5)} updated={recentChanges(catalog, "updated", 5)} />

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="mb-3 text-2xl font-semibold">
          {t.latestHeading}
        </h2>
        <EntryList entries={latest} modalities={catalog.modalities} />
      </section>
    </div>
  );
}
