import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import { fill } from "@/lib/i18n/format-message";
import { LABELS } from "@/lib/i18n/labels";
import { messagesFor } from "@/lib/i18n/messages";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/page-metadata";
import Link from "@/components/intent-link";
import { notFound } from "next/navigation";
import { catalogIn, getCatalog, getEntry } from "@/lib/catalog";
import { entryFacts, entryVariants } from "@/lib/entry-facts";
import { citationCounts, renderMarkdown } from "@/lib/markdown";
import { reportErrorHref } from "@/lib/site";
import { entryHeadline } from "@/lib/publish/entry-preview";
import { entryShareImage } from "@/lib/publish/share-image";
import { formatPartialDate } from "@/lib/dates";
import { EntryFacts } from "@/components/entry-facts";
import { fillNodes } from "@/components/rich-message";
import { AddToCompare } from "@/components/compare/add-to-compare";
import { EntryVariants } from "@/components/entry-variants";
import { EntryRelations } from "@/components/entry-relations";
import { EntryTimelinePosition } from "@/components/entry-timeline-position";
import { SourceList } from "@/components/source-list";
import { CiteThis } from "@/components/cite-this";
import { EntryFamily } from "@/components/lineage/entry-family";
import { descentFamilies } from "@/lib/lineage/lineage-pages";
import { entryCitationTarget } from "@/lib/publish/citation";
import { entryHref } from "@/lib/routes";
import { JsonLd } from "@/components/json-ld";
import { entryJsonLd } from "@/lib/publish/structured-data";

type Props = { locale: Locale; params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().entries.map((entry) => ({ slug: entry.slug }));
}

export async function generateMetadata({ locale, params }: Props): Promise<Metadata> {
  const entry = getEntry((await params).slug, catalogIn(locale));
  if (!entry) return {};
  const headline = entryHeadline(entry, locale);
  return pageMetadata({
    locale,
    title: entry.name,
    description: entry.summary,
    previewDescription: fill(messagesFor(locale).entry.preview.previewDescription, { headline, summary: entry.summary }),
    path: entryHref(entry.slug),
    image: entryShareImage(entry.slug),
    imageAlt: headline,
    type: "article",
  });
}

export default async function EntryPage({ locale, params }: Props) {
  setRequestLocale(locale);
  const t = messagesFor(locale).entry;
  const catalog = catalogIn(locale);
  const { slug } = await params;
  const entry = getEntry(slug, catalog);
  if (!entry) notFound();
  // A Chinese display name (文心一言) is shown with the English one (ERNIE Bot), by which most sources know it.
  const englishName = getEntry(slug, getCatalog())?.name ?? entry.name;
  const html = await renderMarkdown(entry.body, entry.sources.map((source, i) => ({ id: source.id, number: i + 1 })), locale);
  const accessLabels = LABELS[locale].access;
  const access = Object.entries(entry.access ?? {}).flatMap(([key, href]) =>
    href ? [{ key, href, label: accessLabels[key as keyof typeof accessLabels] }] : [],
  );

  return (
    <article className="mx-auto max-w-3xl">
      <JsonLd data={entryJsonLd(entry, catalog, englishName)} />
      <p className="text-sm text-fg-muted">
        <Link href="/models">{t.breadcrumb}</Link> <span aria-hidden="true">/</span> {entry.name}
      </p>
      <h1 className="mt-1 text-3xl font-bold">{entry.name}</h1>
      {englishName !== entry.name && (
        <p className="mt-1 text-fg-muted" data-english-name>
          {fill(t.englishName, { name: englishName })}
        </p>
      )}
      <p className="mt-2 text-lg text-fg-muted">{entry.summary}</p>
      <div className="mt-3">
        <AddToCompare slug={entry.slug} name={entry.name} />
      </div>
      <div className="mt-6">
        <EntryFacts facts={entryFacts(entry, catalog)} />
      </div>
      {access.length > 0 && (
        <ul aria-label={t.accessLinks} className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {access.map((link) => (
            <li key={link.key}>
              <a href={link.href} rel="noopener noreferrer" className="underline">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      )}
      <div className="prose-body mt-8" dangerouslySetInnerHTML={{ __html: html }} />
      <EntryVariants variants={entryVariants(entry, locale)} />
      <EntryRelations entry={entry} catalog={catalog} />
      <EntryFamily entry={entry} families={descentFamilies(catalog)} />
      <EntryTimelinePosition entry={entry} catalog={catalog} />
      <section aria-labelledby="sources-heading" className="mt-8">
        <h2 id="sources-heading" className="mb-2 text-xl font-semibold">
          {t.sources.heading}
        </h2>
        <SourceList sources={entry.sources} citations={citationCounts(entry.body)} />
        <p className="mt-4 text-sm text-fg-muted">
          {fillNodes(t.sources.checked, {
            date: <time dateTime={entry.verified}>{formatPartialDate(entry.verified, locale)}</time>,
            report: <a href={reportErrorHref({ slug: entry.slug, name: englishName }, locale)}>{t.sources.reportError}</a>,
          })}
        </p>
      </section>
      <CiteThis target={entryCitationTarget(entry, locale)} />
      <p className="mt-3 text-sm">
        <a href={`/data/entries/${entry.slug}.json`}>{t.data.entryJson}</a> <span aria-hidden="true">·</span>{" "}
        <Link href="/data">{t.data.allData}</Link>
      </p>
    </article>
  );
}
