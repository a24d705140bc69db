import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/page-metadata";
import { catalogIn, newestFirst } from "@/lib/catalog";
import { browseOptions } from "@/lib/search/browse-options";
import { EntryList } from "@/components/entry-list";
import { ModelsBrowser } from "@/components/models-browser";
import { ListPagination } from "@/components/list-pagination";
import { pageCount, pageItems } from "@/lib/pagination";

export function generateMetadata({ locale }: { locale: Locale }): Metadata {
  return pageMetadata({
  locale,
  title: "Models",
  description: "Search and filter every generative AI model, product, technique and dataset in the catalog.",
  path: "/models" });
}

export default function ModelsPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const catalog = catalogIn(locale);
  const sorted = newestFirst(catalog);
  return (
    <div>
      <h1 className="text-3xl font-bold">Models</h1>
      <p className="mb-6 mt-2 text-fg-muted">
        Search by name, alias or organization; narrow by modality, kind, architecture, weights or year. Every view has
        its own URL.
      </p>
      <ModelsBrowser {...browseOptions(catalog)} total={catalog.entries.length}>
        <EntryList entries={pageItems(sorted, 1)} modalities={catalog.modalities} />
        <ListPagination page={1} count={pageCount(sorted.length)} />
      </ModelsBrowser>
    </div>
  );
}
