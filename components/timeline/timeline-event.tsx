import Link from "@/components/intent-link";
import type { Modality } from "@/lib/catalog";
import { formatPartialDate } from "@/lib/dates";
import { formatModalityList } from "@/lib/format";
import { fill } from "@/lib/i18n/format-message";
import { messagesFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import type { TimelineEvent as TimelineEventData } from "@/lib/timeline/timeline";
import { ModalityMarker } from "./modality-marker";
import { ModalityFlow } from "@/components/modality-flow";

type TimelineEventProps = { event: TimelineEventData; modalities: Modality[] };

/**
 * One row of the timeline. On wide screens the date and the output markers sit in their own
 * columns, so the markers line up as a lane; on a phone everything stacks in one column.
 */
export function TimelineEvent({ event, modalities }: TimelineEventProps) {
  const locale = requestLocale();
  const t = messagesFor(locale).timeline.event;
  const names = new Map(modalities.map((modality) => [modality.slug, modality.name]));
  const { entry, source } = event.links;
  return (
    <li
      id={event.id}
      data-event={event.kind}
      data-modalities={event.modalitySlugs.join(" ")}
      className="grid gap-x-4 gap-y-1 py-4 md:grid-cols-[8.5rem_8rem_1fr]"
    >
      <time dateTime={event.date} className="text-sm font-semibold text-fg-muted md:pt-1">
        {formatPartialDate(event.date, locale)}
      </time>
      {/* The flow line below says the same in words; the markers are a visual index. */}
      <div aria-hidden="true" className="flex flex-wrap content-start gap-1 md:pt-0.5">
        {event.outputs.map((slug) => (
          <ModalityMarker key={slug} slug={slug} name={names.get(slug) ?? slug} />
        ))}
      </div>
      <div className="min-w-0">
        <h3 className="text-lg font-semibold">
          {event.kind === "entry" && entry ? <Link href={entry.href}>{event.name}</Link> : event.name}
          {event.kind === "milestone" && (
            <span className="ml-2 rounded border border-border px-1.5 py-0.5 align-middle text-xs font-medium text-fg-muted">
              {t.milestone}
            </span>
          )}
        </h3>
        <p className="text-sm text-fg-muted">
          {event.flow ? (
            <ModalityFlow input={event.flow.input} output={event.flow.output} modalities={names} locale={locale} />
          ) : (
            fill(t.modalities, { list: formatModalityList(event.outputs, names, locale) })
          )}
        </p>
        <p className="mt-1">{event.summary}</p>
        {event.kind === "milestone" && (
          <p className="mt-1 text-sm">
            {entry && (
              <>
                {t.relatedEntry}
                <Link href={entry.href} className="underline">
                  {entry.name}
                </Link>
                {source && " · "}
              </>
            )}
            {source && (
              <>
                {t.source}
                <a href={source.href} rel="noopener noreferrer" className="underline">
                  {source.title}
                </a>
              </>
            )}
          </p>
        )}
      </div>
    </li>
  );
}
