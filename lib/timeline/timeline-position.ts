import { byReleaseDate, isDated, type Catalog, type DatedEntry, type Entry, type Era } from "@/lib/catalog";

// Where one entry sits in time: its era, and its neighbours among entries that produce the same
// modality. An entry with several outputs gets one pair of neighbours per output.

export type Neighbour = Pick<DatedEntry, "slug" | "name" | "releaseDate">;

export type OutputNeighbours = {
  modality: string;
  previous: Neighbour | null;
  next: Neighbour | null;
};

export type TimelinePosition = {
  era: Era | null;
  neighbours: OutputNeighbours[];
};

function neighbour(entry: DatedEntry | undefined): Neighbour | null {
  return entry ? { slug: entry.slug, name: entry.name, releaseDate: entry.releaseDate } : null;
}

type Lane = { entries: DatedEntry[]; position: Map<string, number> };

// Every entry page asks for its neighbours: sorting a lane per page made a 10,000-entry build
// quadratic, so each lane is sorted once per catalog.
const lanesByCatalog = new WeakMap<Entry[], Map<string, Lane>>();

function laneFor(entries: Entry[], modality: string): Lane {
  let lanes = lanesByCatalog.get(entries);
  if (!lanes) lanesByCatalog.set(entries, (lanes = new Map()));
  let lane = lanes.get(modality);
  if (!lane) {
    const sorted = entries.filter(isDated).filter((other) => other.modalities.output.includes(modality)).sort(byReleaseDate);
    lane = { entries: sorted, position: new Map(sorted.map((other, index) => [other.slug, index])) };
    lanes.set(modality, lane);
  }
  return lane;
}

export function entryTimelinePosition(entry: Entry, catalog: Pick<Catalog, "entries" | "eras">): TimelinePosition {
  const era = catalog.eras.find((candidate) => candidate.slug === entry.era) ?? null;
  const neighbours = entry.modalities.output.map((modality) => {
    const lane = laneFor(catalog.entries, modality);
    const index = lane.position.get(entry.slug) ?? -1;
    return { modality, previous: neighbour(lane.entries[index - 1]), next: neighbour(lane.entries[index + 1]) };
  });
  return { era, neighbours };
}
