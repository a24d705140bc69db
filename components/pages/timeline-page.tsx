import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/page-metadata";
import Link from "@/components/intent-link";
import { SourceArticleLink } from "@/components/source-article-link";
import { datedEntries, catalogIn, isDated } from "@/lib/catalog";
import { buildTimeline, countByModality } from "@/lib/timeline/timeline";
import { FilterStyles } from "@/components/timeline/filter-styles";
import { ParametersChart } from "@/components/timeline/parameters-chart";
import { ReleasesChart } from "@/components/timeline/releases-chart";
import { TimelineBand } from "@/components/timeline/timeline-band";
import { TimelineFilter } from "@/components/timeline/timeline-filter";
import { TimelineJumpNav } from "@/components/timeline/timeline-jump-nav";
import "@/components/timeline/timeline.css";
import { entryHref } from "@/lib/routes";

export function generateMetadata({ locale }: { locale: Locale }): Metadata {
  return pageMetadata({
  locale,
  title: "Timeline",
  description:
    "Generative and multimodal AI in date order, from AlexNet to today, across the single-modality, fusion and unified multimodal eras, with charts of releases and parameter counts.",
  path: "/timeline" });
}

export default function TimelinePage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const catalog = catalogIn(locale);
  const timeline = buildTimeline(catalog);
  const filters = catalog.modalities.map((modality) => ({ slug: modality.slug, label: modality.name }));
  const slugs = filters.map((filter) => filter.slug);
  // Entries whose release date no source confirms cannot be placed in time: named, not hidden.
  const undated = catalog.entries.filter((entry) => !isDated(entry));

  return (
    <div id="top" className="timeline-page mx-auto max-w-5xl">
      <h1 className="text-3xl font-bold">Timeline</h1>
      <p className="mt-2 max-w-3xl text-lg text-fg-muted">
        Every entry in the catalog by release date, with milestones between them, grouped into the three eras of
        multimodal AI. Where the catalog&apos;s starting point, <SourceArticleLink />, dates an era differently, the band
        says so.
      </p>
      {undated.length > 0 && (
        <p className="mt-3 text-sm text-fg-muted" data-undated>
          Not placed, because no source confirms when {undated.length === 1 ? "it was" : "they were"} released:{" "}
          {undated.map((entry, i) => (
            <span key={entry.slug}>
              {i > 0 && ", "}
              <Link href={entryHref(entry.slug)}>{entry.name}</Link>
            </span>
          ))}
          .
        </p>
      )}
      <TimelineJumpNav links={[...timeline.sections.map((section) => ({ id: section.id, label: section.title, years: section.years })), { id: "charts", label: "Charts", years: null }]} />
      <FilterStyles slugs={slugs} />
      <div className="mt-6">
        <TimelineFilter path="/timeline" filters={filters} counts={countByModality(timeline.events, slugs)} total={timeline.events.length}>
          {timeline.sections.map((section) => (
            <TimelineBand key={section.id} section={section} modalities={catalog.modalities} />
          ))}
        </TimelineFilter>
      </div>
      <section id="charts" aria-labelledby="charts-heading" className="mt-12 scroll-mt-4 space-y-8">
        <h2 id="charts-heading" className="text-2xl font-bold">
          In numbers
        </h2>
        <ReleasesChart entries={datedEntries(catalog)} modalities={catalog.modalities} />
        <ParametersChart entries={datedEntries(catalog)} modalities={catalog.modalities} />
      </section>
      <p className="mt-8">
        <a href="#top">Back to top</a>
      </p>
    </div>
  );
}
