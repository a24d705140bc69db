import * as z from "zod/mini";
import type { Catalog, Entry } from "./catalog";
import { ARCHITECTURES, ENTRY_KINDS, OPEN_WEIGHTS } from "./vocabulary";

/**
 * What the browser gets for search, filters and compare: names and facets, never prose.
 * It is served as /search-index.json and fetched lazily, so page weight does not grow with the
 * catalog. The browser parses it with this schema (zod/mini, a few KB) rather than trusting a cast.
 */
export const indexEntrySchema = z.object({
  slug: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  /** Names of versions and sizes inside the entry ("Llama 3.1 405B"): a search for one lands here. */
  variants: z.array(z.string()),
  /** Organization names, as readers search for them. */
  organizations: z.array(z.string()),
  /** Topic words of the entry, searched below names. */
  keywords: z.array(z.string()),
  /** ISO codes of the organizations' countries. */
  countries: z.array(z.string()),
  kind: z.enum(ENTRY_KINDS),
  /** Null when no source gives a release date. */
  released: z.nullable(z.string()),
  year: z.nullable(z.number()),
  era: z.nullable(z.string()),
  input: z.array(z.string()),
  output: z.array(z.string()),
  /** Modality pages the entry belongs on, composite ones included. */
  modalities: z.array(z.string()),
  architecture: z.enum(ARCHITECTURES),
  openWeights: z.enum(OPEN_WEIGHTS),
  /** Null when undisclosed or not applicable. */
  parameters: z.nullable(z.number()),
  summary: z.string(),
});

export const searchIndexSchema = z.array(indexEntrySchema);

export type IndexEntry = z.infer<typeof indexEntrySchema>;

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
