import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import { messagesFor } from "@/lib/i18n/messages";
import { fill, formatNumber } from "@/lib/i18n/format-message";
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
  const t = messagesFor(locale).browse.listPage;
  return pageMetadata({
    locale,
    title: fill(t.metaTitle, { page: n }),
    description: fill(t.description, { page: n }),
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
  const t = messagesFor(locale).browse.listPage;
  return (
    <div>
      <h1 className="text-3xl font-bold">{fill(t.heading, { page: formatNumber(locale, page), count: formatNumber(locale, count) })}</h1>
      <p className="mb-6 mt-2 text-fg-muted">{t.intro}</p>
      <EntryList entries={pageItems(sorted, page)} modalities={catalog.modalities} />
      <ListPagination page={page} count={count} />
    </div>
  );
}
