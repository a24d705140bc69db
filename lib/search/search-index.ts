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
  /** Organization names in the index's language, as readers see and search for them. */
  organizations: v.array(v.string()),
  /**
   * The organizations' English names, when the index is in another language: the organization
   * filter's values, so a link such as ?org=Baidu means the same in both languages.
   */
  organizationKeys: v.optional(v.array(v.string())),
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

/**
 * An entry as the index holds it. For a translated catalog pass the entry's English twin: its
 * English name then stays searchable as an alias, and its English organization names stay the
 * organization filter's values.
 */
export function toIndexEntry(entry: Entry, english?: Entry): IndexEntry {
  const translated = english !== undefined && english !== entry;
  const organizationKeys = translated && english.organizationNames.join("\n") !== entry.organizationNames.join("\n") ? english.organizationNames : undefined;
  return {
    slug: entry.slug,
    name: entry.name,
    aliases: translated ? otherNames(entry.name, [english.name, ...entry.aliases]) : entry.aliases,
    variants: entry.variants.map((variant) => variant.name),
    organizations: entry.organizationNames,
    ...(organizationKeys && { organizationKeys }),
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

/** Names other than `name`, each once ("文心一言" is both a Chinese name and an alias of ERNIE Bot). */
function otherNames(name: string, names: string[]): string[] {
  const seen = new Set([name]);
  return names.filter((other) => !seen.has(other) && (seen.add(other), true));
}

/**
 * The index of a catalog. A translated catalog (catalogIn("zh")) needs `english`, the catalog it
 * was translated from (lib/search/localized-index.ts passes it); without it, names are the catalog's own.
 */
export function buildSearchIndex(catalog: Catalog, english?: Catalog): IndexEntry[] {
  if (!english || english === catalog) return catalog.entries.map((entry) => toIndexEntry(entry));
  const bySlug = new Map(english.entries.map((entry) => [entry.slug, entry]));
  return catalog.entries.map((entry) => toIndexEntry(entry, bySlug.get(entry.slug)));
}
