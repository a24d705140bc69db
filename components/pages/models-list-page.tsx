import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/page-metadata";
import { notFound } from "next/navigation";
import { catalogIn, getCatalog, newestFirst } from "@/lib/catalog";
import { pageCount, pageItems } from "@/lib/pagination";
import { EntryList } from "@/components/entry-list";
import { ListPagination } from "@/components/list-pagination";

type Props = { locale: Locale; params: Promise<{ n: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const count = pageCount(getCatalog().entries.length);
  return Array.from({ length: count }, (_, index) => ({ n: String(index + 1) }));
}

export async function generateMetadata({ locale, params }: Props): Promise<Metadata> {
  const { n } = await params;
  return pageMetadata({
    locale,
    title: `Models, page ${n}`,
    description: `Page ${n} of every entry in the catalog, newest first.`,
    // Page 1 repeats /models.
    path: n === "1" ? "/models" : `/models/page/${n}`,
  });
}

export default async function ModelsListPage({ locale, params }: Props) {
  setRequestLocale(locale);
  const page = Number((await params).n);
  const catalog = catalogIn(locale);
  const count = pageCount(catalog.entries.length);
  if (!Number.isInteger(page) || page < 1 || page > count) notFound();
  const sorted = newestFirst(catalog);
  return (
    <div>
      <h1 className="text-3xl font-bold">Models, page {page} of {count}</h1>
      <p className="mb-6 mt-2 text-fg-muted">Every entry, newest first. Search and filters are on the main list.</p>
      <EntryList entries={pageItems(sorted, page)} modalities={catalog.modalities} />
      <ListPagination page={page} count={count} />
    </div>
  );
}
