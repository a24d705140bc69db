import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import { messagesFor } from "@/lib/i18n/messages";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/page-metadata";
import { catalogIn, newestFirst } from "@/lib/catalog";
import { browseOptions } from "@/lib/search/browse-options";
import { EntryList } from "@/components/entry-list";
import { ListCompareCheckbox } from "@/components/browse/list-compare-checkbox";
import { ModelsBrowser } from "@/components/models-browser";
import { ListPagination } from "@/components/list-pagination";
import { pageCount, pageItems } from "@/lib/pagination";

export function generateMetadata({ locale }: { locale: Locale }): Metadata {
  const t = messagesFor(locale).browse.page;
  return pageMetadata({ locale, title: t.title, description: t.description, path: "/models" });
}

export default function ModelsPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = messagesFor(locale).browse;
  const catalog = catalogIn(locale);
  const sorted = newestFirst(catalog);
  return (
    <div>
      <h1 className="text-3xl font-bold">{t.page.title}</h1>
      <p className="mb-6 mt-2 text-fg-muted">{t.page.intro}</p>
      <ModelsBrowser
        {...browseOptions(catalog)}
        total={catalog.entries.length}
        messages={{ browser: t.browser, facets: t.facets, chips: t.chips, row: t.row }}
      >
        <EntryList entries={pageItems(sorted, 1)} modalities={catalog.modalities} action={(entry) => <ListCompareCheckbox slug={entry.slug} name={entry.name} />} />
        <ListPagination page={1} count={pageCount(sorted.length)} />
      </ModelsBrowser>
    </div>
  );
}
