import { requestLocale } from "@/lib/i18n/request-locale";
import { messagesFor } from "@/lib/i18n/messages";
import Link from "@/components/intent-link";
import type { Modality } from "@/lib/catalog";
import { SOURCE_ARTICLE, SourceArticleTitle } from "../source-article-link";
import { renderMarkdown } from "@/lib/markdown";
import { articleDisagrees, type TimelineSection } from "@/lib/timeline/timeline";
import { formatEraYears } from "@/lib/format";
import { fillNodes } from "@/components/rich-message";
import { TimelineEvent } from "./timeline-event";

type TimelineBandProps = { section: TimelineSection; modalities: Modality[] };

/** An era (or the short group before the first era) with its events in date order. */
export async function TimelineBand({ section, modalities }: TimelineBandProps) {
  const locale = requestLocale();
  const t = messagesFor(locale).timeline;
  const { era } = section;
  const headingId = `${section.id}-heading`;
  // The band has no source list of its own: an era's citations link straight to their sources.
  const body = era ? await renderMarkdown(era.body, era.sources.map((source, i) => ({ id: source.id, number: i + 1, href: source.url })), locale) : "";
  return (
    <section
      id={section.id}
      aria-labelledby={headingId}
      data-band
      data-modalities={section.modalitySlugs.join(" ")}
      className="scroll-mt-4 rounded-xl border border-border"
    >
      <header className="rounded-t-xl border-b border-border bg-bg-muted px-4 py-4 sm:px-6">
        <h2 id={headingId} className="text-2xl font-bold">
          {section.title}
          {section.years && (
            <>
              {" "}
              <span className="ml-1 text-lg font-semibold text-fg-muted">{section.years}</span>
            </>
          )}
        </h2>
        {era ? (
          <>
            <p className="mt-1 max-w-3xl">{era.summary}</p>
            {articleDisagrees(era) && (
              <p className="mt-2 max-w-3xl text-sm">
                {fillNodes(t.sourceArticle.catalogDates, {
                  claim: (
                    <strong>
                      {fillNodes(t.sourceArticle.says, {
                        link: <Link href={SOURCE_ARTICLE.href}>{t.sourceArticle.short}</Link>,
                        title: <SourceArticleTitle />,
                      })}
                    </strong>
                  ),
                  said: era.articleSays,
                  years: formatEraYears(era, locale),
                })}
              </p>
            )}
            <details className="mt-2 max-w-3xl">
              <summary className="cursor-pointer text-sm font-medium">{t.band.whyTheseDates}</summary>
              <div className="prose-body mt-2 text-sm" dangerouslySetInnerHTML={{ __html: body }} />
            </details>
          </>
        ) : (
          <p className="mt-1 max-w-3xl">{t.band.beforeEras}</p>
        )}
      </header>
      <p data-band-empty className="px-4 py-4 text-fg-muted sm:px-6">
        {t.band.empty}
      </p>
      <ol className="divide-y divide-border px-4 sm:px-6">
        {section.events.map((event) => (
          <TimelineEvent key={event.id} event={event} modalities={modalities} />
        ))}
      </ol>
    </section>
  );
}
