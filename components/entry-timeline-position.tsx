import Link from "@/components/intent-link";
import { isDated, modalityNames, type Catalog, type Entry } from "@/lib/catalog";
import { formatPartialDate } from "@/lib/dates";
import { formatEraYears } from "@/lib/format";
import { fill } from "@/lib/i18n/format-message";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { entryTimelinePosition, type Neighbour } from "@/lib/timeline/timeline-position";
import { entryHref, eraHref } from "@/lib/routes";
import { fillNodes } from "@/components/rich-message";

type EntryTimelinePositionProps = { entry: Entry; catalog: Catalog };

function NeighbourLink({ neighbour, fallback, locale }: { neighbour: Neighbour | null; fallback: string; locale: Locale }) {
  if (!neighbour) return <span className="text-fg-muted">{fallback}</span>;
  const t = messagesFor(locale).entry.inTime;
  return fillNodes(t.neighbour, {
    name: (
      <Link href={entryHref(neighbour.slug)} className="underline">
        {neighbour.name}
      </Link>
    ),
    date: (
      <span className="text-fg-muted">
        {fillNodes(t.neighbourDate, { date: <time dateTime={neighbour.releaseDate}>{formatPartialDate(neighbour.releaseDate, locale)}</time> })}
      </span>
    ),
  });
}

/** The entry's era and, for each modality it produces, the entries released just before and after. */
export function EntryTimelinePosition({ entry, catalog }: EntryTimelinePositionProps) {
  const locale = catalog.locale;
  const t = messagesFor(locale).entry.inTime;
  if (!isDated(entry)) {
    return (
      <section id="in-time" aria-labelledby="in-time-heading" className="mt-8">
        <h2 id="in-time-heading" className="mb-2 text-xl font-semibold">
          {t.heading}
        </h2>
        <p>{t.undated}</p>
      </section>
    );
  }
  const { era, neighbours } = entryTimelinePosition(entry, catalog);
  const names = modalityNames(catalog);
  return (
    <section id="in-time" aria-labelledby="in-time-heading" className="mt-8">
      <h2 id="in-time-heading" className="mb-2 text-xl font-semibold">
        {t.heading}
      </h2>
      <p>
        {era ? (
          fillNodes(t.era, {
            era: (
              <Link href={eraHref(era.slug)} className="underline">
                {era.name}
              </Link>
            ),
            years: <span className="text-fg-muted">{fill(t.eraYears, { years: formatEraYears(era, locale) })}</span>,
          })
        ) : (
          fillNodes(t.beforeFirstEra, {
            link: (
              <Link href={`/timeline#entry-${entry.slug}`} className="underline">
                {t.theTimeline}
              </Link>
            ),
          })
        )}
      </p>
      <ul className="mt-2 space-y-2">
        {neighbours.map(({ modality, previous, next }) => {
          const name = names.get(modality) ?? modality;
          return (
            <li key={modality}>
              <span className="font-medium">{fill(t.among, { modality: locale === "en" ? name.toLowerCase() : name })}</span>
              {t.gap}
              {fillNodes(t.neighbours, {
                previous: <NeighbourLink neighbour={previous} fallback={t.noneEarlier} locale={locale} />,
                next: <NeighbourLink neighbour={next} fallback={t.noneLater} locale={locale} />,
              })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
