import type { Catalog, Entry } from "./catalog";
import type { Architecture, EntryKind, OpenWeights } from "./schema";

/**
 * What the browser gets for search, filters and compare: names and facets, never prose.
 * It is served as /search-index.json and fetched lazily, so page weight does not grow with the catalog.
 */
export type IndexEntry = {
  slug: string;
  name: string;
  aliases: string[];
  /** Organization names, as readers search for them. */
  organizations: string[];
  /** Topic words and the task names of the entry, searched below names. */
  keywords: string[];
  /** ISO codes of the organizations' countries. */
  countries: string[];
  kind: EntryKind;
  /** Null when no source gives a release date. */
  released: string | null;
  year: number | null;
  era: string | null;
  input: string[];
  output: string[];
  /** Modality pages the entry belongs on, composite ones included. */
  modalities: string[];
  architecture: Architecture;
  openWeights: OpenWeights;
  /** Null when undisclosed or not applicable. */
  parameters: number | null;
  summary: string;
};

export function toIndexEntry(entry: Entry): IndexEntry {
  return {
    slug: entry.slug,
    name: entry.name,
    aliases: entry.aliases,
    organizations: entry.organizationNames,
    keywords: entry.keywords,
    countries: entry.countries,
    kind: entry.kind,
    released: entry.releaseDate,
    year: entry.year,
    era: entry.era,
    input: entry.modalities.input,
    output: entry.modalities.output,
    modalities: entry.modalitySlugs,
    architecture: entry.architecture,
    openWeights: entry.openWeights,
    parameters: entry.parameterCount,
    summary: entry.summary,
  };
}

export function buildSearchIndex(catalog: Catalog): IndexEntry[] {
  return catalog.entries.map(toIndexEntry);
}
