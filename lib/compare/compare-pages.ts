import { getCatalog, getEntry, type Catalog, type Entry } from "@/lib/catalog";
import { suggestedComparisons } from "@/lib/compare/compare-data";

/**
 * The suggested comparisons as static pages (/compare/gpt-4-vs-palm-e): the interactive /compare is
 * built in the browser, so only these carry a real title, link preview and table in their HTML.
 */
export type StaticComparison = { pair: string; entries: Entry[] };

export function staticComparisons(catalog: Catalog = getCatalog()): StaticComparison[] {
  return suggestedComparisons(catalog).map((suggestion) => ({
    pair: suggestion.entries.map((entry) => entry.slug).join("-vs-"),
    entries: suggestion.entries.flatMap((entry) => getEntry(entry.slug, catalog) ?? []),
  }));
}

export function getStaticComparison(pair: string, catalog: Catalog = getCatalog()): StaticComparison | undefined {
  return staticComparisons(catalog).find((comparison) => comparison.pair === pair);
}
