import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import type { Metadata } from "next";
import Link from "@/components/intent-link";
import { notFound } from "next/navigation";
import { catalogIn, type Entry } from "@/lib/catalog";
import { toCompareEntry } from "@/lib/compare/compare-data";
import { comparePagePath, compareTitle } from "@/lib/compare/compare-naming";
import { joinWords } from "@/lib/compare/compare-notices";
import { getStaticComparison, staticComparisons } from "@/lib/compare/compare-pages";
import { buildCompareRows } from "@/lib/compare/compare-rows";
import { compareHref } from "@/lib/compare/compare-url";
import { formatPartialDate } from "@/lib/dates";
import { fill } from "@/lib/i18n/format-message";
import { messagesFor } from "@/lib/i18n/messages";
import { makersAndDate } from "@/lib/publish/entry-preview";
import { pageMetadata } from "@/lib/publish/page-metadata";
import { compareShareImage } from "@/lib/publish/share-image";
import { CompareStaticTable } from "@/components/compare/compare-static-table";

type Props = { locale: Locale; params: Promise<{ pair: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return staticComparisons().map(({ pair }) => ({ pair }));
}

/** Who made an entry and when, for the description: "OpenAI, March 2023"; "OpenAI，2023年3月14日". */
function makersAndDateIn(entry: Entry, locale: Locale): string {
  if (locale === "en") return makersAndDate(entry);
  return [joinWords(entry.organizationNames, locale), entry.releaseDate ? formatPartialDate(entry.releaseDate, locale) : ""].filter(Boolean).join("，");
}

export async function generateMetadata({ locale, params }: Props): Promise<Metadata> {
  const comparison = getStaticComparison((await params).pair, catalogIn(locale));
  if (!comparison) return {};
  const t = messagesFor(locale).compare;
  const names = comparison.entries.map((entry) => entry.name);
  const who = comparison.entries.map((entry) => fill(t.pair.who, { name: entry.name, about: makersAndDateIn(entry, locale) }));
  return pageMetadata({
    locale,
    title: compareTitle(names, t.title),
    description: fill(t.pair.metaDescription, { entries: joinWords(who, locale) }),
    path: comparePagePath(comparison.entries.map((entry) => entry.slug)),
    image: compareShareImage(comparison.pair),
    imageAlt: names.join(" vs "),
  });
}

export default async function StaticComparePage({ locale, params }: Props) {
  setRequestLocale(locale);
  const t = messagesFor(locale).compare;
  const catalog = catalogIn(locale);
  const comparison = getStaticComparison((await params).pair, catalog);
  if (!comparison) notFound();
  const entries = comparison.entries.map((entry) => toCompareEntry(entry, catalog));
  const slugs = entries.map((entry) => entry.slug);
  return (
    <div>
      <p className="text-sm text-fg-muted">
        <Link href="/compare" prefetch={false}>
          {t.title}
        </Link>{" "}
        <span aria-hidden="true">/</span> {entries.map((entry) => entry.name).join(" vs ")}
      </p>
      <h1 className="mt-1 text-3xl font-bold">{entries.map((entry) => entry.name).join(" vs ")}</h1>
      <p className="mt-2 text-lg text-fg-muted">{t.pair.lead}</p>
      <p className="mt-3">
        <Link href={compareHref(slugs)} prefetch={false} className="font-medium">
          {t.pair.rearrange}
        </Link>
      </p>
      <div className="mt-6">
        <CompareStaticTable entries={entries} rows={buildCompareRows(entries, t.table, locale)} texts={t.table} />
      </div>
    </div>
  );
}
