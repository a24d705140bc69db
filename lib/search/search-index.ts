import * as v from "valibot";
import type { Catalog, Entry } from "@/lib/catalog";
import { ARCHITECTURES, ENTRY_KINDS, OPEN_WEIGHTS } from "@/lib/content/vocabulary";

/**
 * What the browser gets for search, filters and compare: names and facets, never prose.
 * It is served as /search-index.json and fetched lazily, so page weight does not grow with the
 * catalog. The browser parses it with this schema rather than trusting a cast: valibot, because it
 * tree-shakes to about 2 KB here, where zod/mini added 15 KB gzip to /models and /compare.
 */
export const indexEntrySchema = v.object({
  slug: v.string(),
  name: v.string(),
  aliases: v.array(v.string()),
  /** Names of versions and sizes inside the entry ("Llama 3.1 405B"): a search for one lands here. */
  variants: v.array(v.string()),
  /** Organization names, as readers search for them. */
  organizations: v.array(v.string()),
  /** Topic words of the entry, searched below names. */
  keywords: v.array(v.string()),
  /** ISO codes of the organizations' countries. */
  countries: v.array(v.string()),
  kind: v.picklist(ENTRY_KINDS),
  /** Null when no source gives a release date. */
  released: v.nullable(v.string()),
  year: v.nullable(v.number()),
  era: v.nullable(v.string()),
  input: v.array(v.string()),
  output: v.array(v.string()),
  /** Modality pages the entry belongs on, composite ones included (as on the catalog's Entry). */
  modalitySlugs: v.array(v.string()),
  architecture: v.picklist(ARCHITECTURES),
  openWeights: v.picklist(OPEN_WEIGHTS),
  /** Null when undisclosed or not applicable. */
  parameters: v.nullable(v.number()),
  summary: v.string(),
});

export const searchIndexSchema = v.array(indexEntrySchema);

export type IndexEntry = v.InferOutput<typeof indexEntrySchema>;

export function toIndexEntry(entry: Entry): IndexEntry {
  return {
    slug: entry.slug,
    name: entry.name,
    aliases: entry.aliases,
    variants: entry.variants.map((variant) => variant.name),
    organizations: entry.organizationNames,
    keywords: entry.keywords,
    countries: entry.countries,
    kind: entry.kind,
    released: entry.releaseDate,
    year: entry.year,
    era: entry.era,
    input: entry.modalities.input,
    output: entry.modalities.output,
    modalitySlugs: entry.modalitySlugs,
    architecture: entry.architecture,
    openWeights: entry.openWeights,
    parameters: entry.parameterCount,
    summary: entry.summary,
  };
}

export function buildSearchIndex(catalog: Catalog): IndexEntry[] {
  return catalog.entries.map(toIndexEntry);
}
