import type { Catalog, Entry, Era } from "./catalog";
import { comparePartialDates } from "./dates";

// Where one entry sits in time: its era, and its neighbours among entries that produce the same
// modality. An entry with several outputs gets one pair of neighbours per output.

export type Neighbour = Pick<Entry, "slug" | "name" | "released">;

export type OutputNeighbours = {
  modality: string;
  previous: Neighbour | null;
  next: Neighbour | null;
};

export type TimelinePosition = {
  era: Era | null;
  neighbours: OutputNeighbours[];
};

function byRelease(a: Entry, b: Entry): number {
  return comparePartialDates(a.released, b.released) || a.name.localeCompare(b.name, "en");
}

function neighbour(entry: Entry | undefined): Neighbour | null {
  return entry ? { slug: entry.slug, name: entry.name, released: entry.released } : null;
}

export function entryTimelinePosition(entry: Entry, catalog: Pick<Catalog, "entries" | "eras">): TimelinePosition {
  const era = catalog.eras.find((candidate) => candidate.slug === entry.era) ?? null;
  const neighbours = entry.modalities.output.map((modality) => {
    const lane = catalog.entries.filter((other) => other.modalities.output.includes(modality)).sort(byRelease);
    const index = lane.findIndex((other) => other.slug === entry.slug);
    return { modality, previous: neighbour(lane[index - 1]), next: neighbour(lane[index + 1]) };
  });
  return { era, neighbours };
}
