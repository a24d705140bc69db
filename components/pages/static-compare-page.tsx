import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import type { Metadata } from "next";
import Link from "@/components/intent-link";
import { notFound } from "next/navigation";
import { catalogIn } from "@/lib/catalog";
import { buildCompareRows, compareHref, joinWords } from "@/lib/compare/compare";
import { toCompareEntry } from "@/lib/compare/compare-data";
import { comparePagePath, compareTitle } from "@/lib/compare/compare-naming";
import { getStaticComparison, staticComparisons } from "@/lib/compare/compare-pages";
import { makersAndDate } from "@/lib/publish/entry-preview";
import { pageMetadata } from "@/lib/publish/page-metadata";
import { compareShareImage } from "@/lib/publish/share-image";
import { CompareStaticTable } from "@/components/compare/compare-static-table";

type Props = { locale: Locale; params: Promise<{ pair: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return staticComparisons().map(({ pair }) => ({ pair }));
}

export async function generateMetadata({ locale, params }: Props): Promise<Metadata> {
  const comparison = getStaticComparison((await params).pair, catalogIn(locale));
  if (!comparison) return {};
  const names = comparison.entries.map((entry) => entry.name);
  const who = comparison.entries.map((entry) => `${entry.name} (${makersAndDate(entry)})`);
  return pageMetadata({
    locale,
    title: compareTitle(names),
    description: `${joinWords(who)} side by side: organizations, release dates, modalities, architecture, parameters, open weights and sources, with differences marked.`,
    path: comparePagePath(comparison.entries.map((entry) => entry.slug)),
    image: compareShareImage(comparison.pair),
    imageAlt: names.join(" vs "),
  });
}

export default async function StaticComparePage({ locale, params }: Props) {
  setRequestLocale(locale);
  const catalog = catalogIn(locale);
  const comparison = getStaticComparison((await params).pair, catalog);
  if (!comparison) notFound();
  const entries = comparison.entries.map((entry) => toCompareEntry(entry, catalog));
  const slugs = entries.map((entry) => entry.slug);
  return (
    <div>
      <p className="text-sm text-fg-muted">
        <Link href="/compare" prefetch={false}>
          Compare
        </Link>{" "}
        <span aria-hidden="true">/</span> {entries.map((entry) => entry.name).join(" vs ")}
      </p>
      <h1 className="mt-1 text-3xl font-bold">{entries.map((entry) => entry.name).join(" vs ")}</h1>
      <p className="mt-2 text-lg text-fg-muted">Side by side, with differences marked. Every value links to the source that states it.</p>
      <p className="mt-3">
        <Link href={compareHref(slugs)} prefetch={false} className="font-medium">
          Rearrange, add entries or show only the differences
        </Link>
      </p>
      <div className="mt-6">
        <CompareStaticTable entries={entries} rows={buildCompareRows(entries)} />
      </div>
    </div>
  );
}
