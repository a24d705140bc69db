import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/page-metadata";
import Link from "@/components/intent-link";
import { SourceArticleLink } from "@/components/source-article-link";
import { datedEntries, catalogIn, isDated } from "@/lib/catalog";
import { LABELS } from "@/lib/i18n/labels";
import { plural } from "@/lib/i18n/format-message";
import { messagesFor } from "@/lib/i18n/messages";
import { buildTimeline, countByModality } from "@/lib/timeline/timeline";
import { FilterStyles } from "@/components/timeline/filter-styles";
import { fillNodes } from "@/components/rich-message";
import { ParametersChart } from "@/components/timeline/parameters-chart";
import { ReleasesChart } from "@/components/timeline/releases-chart";
import { TimelineBand } from "@/components/timeline/timeline-band";
import { TimelineFilter } from "@/components/timeline/timeline-filter";
import { TimelineJumpNav } from "@/components/timeline/timeline-jump-nav";
import "@/components/timeline/timeline.css";
import { entryHref } from "@/lib/routes";

export function generateMetadata({ locale }: { locale: Locale }): Metadata {
  const t = messagesFor(locale).timeline;
  return pageMetadata({ locale, title: t.title, description: t.description, path: "/timeline" });
}

export default function TimelinePage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = messagesFor(locale).timeline;
  const catalog = catalogIn(locale);
  const timeline = buildTimeline(catalog);
  const filters = catalog.modalities.map((modality) => ({ slug: modality.slug, label: modality.name }));
  const slugs = filters.map((filter) => filter.slug);
  // Entries whose release date no source confirms cannot be placed in time: named, not hidden.
  const undated = catalog.entries.filter((entry) => !isDated(entry));
  const undatedList = undated.map((entry, i) => (
    <span key={entry.slug}>
      {i > 0 && LABELS[locale].listSeparator}
      <Link href={entryHref(entry.slug)}>{entry.name}</Link>
    </span>
  ));

  return (
    <div id="top" className="timeline-page mx-auto max-w-5xl">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-2 max-w-3xl text-lg text-fg-muted">{fillNodes(t.intro, { article: <SourceArticleLink /> })}</p>
      {undated.length > 0 && (
        <p className="mt-3 text-sm text-fg-muted" data-undated>
          {fillNodes(plural(locale, t.undated, undated.length), { list: undatedList })}
        </p>
      )}
      <TimelineJumpNav
        links={[
          ...timeline.sections.map((section) => ({ id: section.id, label: section.title, years: section.years })),
          { id: "charts", label: t.jumpNav.charts, years: null },
        ]}
        messages={t.jumpNav}
      />
      <FilterStyles slugs={slugs} />
      <div className="mt-6">
        <TimelineFilter
          path="/timeline"
          filters={filters}
          counts={countByModality(timeline.events, slugs)}
          total={timeline.events.length}
          messages={t.filter}
        >
          {timeline.sections.map((section) => (
            <TimelineBand key={section.id} section={section} modalities={catalog.modalities} />
          ))}
        </TimelineFilter>
      </div>
      <section id="charts" aria-labelledby="charts-heading" className="mt-12 scroll-mt-4 space-y-8">
        <h2 id="charts-heading" className="text-2xl font-bold">
          {t.inNumbers}
        </h2>
        <ReleasesChart entries={datedEntries(catalog)} modalities={catalog.modalities} />
        <ParametersChart entries={datedEntries(catalog)} modalities={catalog.modalities} />
      </section>
      <p className="mt-8">
        <a href="#top">{t.backToTop}</a>
      </p>
    </div>
  );
}
