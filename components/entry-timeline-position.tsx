import Link from "@/components/intent-link";
import { isDated, modalityNames, type Catalog, type Entry } from "@/lib/catalog";
import { formatPartialDate } from "@/lib/dates";
import { formatEraYears } from "@/lib/format";
import { entryTimelinePosition, type Neighbour } from "@/lib/timeline/timeline-position";
import { entryHref } from "@/lib/routes";

type EntryTimelinePositionProps = { entry: Entry; catalog: Catalog };

function NeighbourLink({ neighbour, fallback }: { neighbour: Neighbour | null; fallback: string }) {
  if (!neighbour) return <span className="text-fg-muted">{fallback}</span>;
  return (
    <>
      <Link href={entryHref(neighbour.slug)} className="underline">
        {neighbour.name}
      </Link>{" "}
      <span className="text-fg-muted">
        (<time dateTime={neighbour.releaseDate}>{formatPartialDate(neighbour.releaseDate)}</time>)
      </span>
    </>
  );
}

/** The entry's era and, for each modality it produces, the entries released just before and after. */
export function EntryTimelinePosition({ entry, catalog }: EntryTimelinePositionProps) {
  if (!isDated(entry)) {
    return (
      <section id="in-time" aria-labelledby="in-time-heading" className="mt-8">
        <h2 id="in-time-heading" className="mb-2 text-xl font-semibold">
          In time
        </h2>
        <p>No source confirms when this was released, so the timeline does not place it.</p>
      </section>
    );
  }
  const { era, neighbours } = entryTimelinePosition(entry, catalog);
  const names = modalityNames(catalog);
  return (
    <section id="in-time" aria-labelledby="in-time-heading" className="mt-8">
      <h2 id="in-time-heading" className="mb-2 text-xl font-semibold">
        In time
      </h2>
      <p>
        {era ? (
          <>
            Era:{" "}
            <Link href={`/timeline#era-${era.slug}`} className="underline">
              {era.name}
            </Link>{" "}
            <span className="text-fg-muted">({formatEraYears(era)})</span>
          </>
        ) : (
          <>
            Released before the catalog&apos;s first era: see{" "}
            <Link href={`/timeline#entry-${entry.slug}`} className="underline">
              the timeline
            </Link>
            .
          </>
        )}
      </p>
      <ul className="mt-2 space-y-2">
        {neighbours.map(({ modality, previous, next }) => (
          <li key={modality}>
            <span className="font-medium">Among entries that produce {names.get(modality)?.toLowerCase() ?? modality}:</span>{" "}
            before it, <NeighbourLink neighbour={previous} fallback="none earlier in the catalog" />; after it,{" "}
            <NeighbourLink neighbour={next} fallback="none later yet" />.
          </li>
        ))}
      </ul>
    </section>
  );
}
