import type { BrowseState, Sort } from "@/lib/search/browse-state";
import { FACETS, FACET_KEYS, matchesFacet, type FacetKey } from "@/lib/search/facets";
import type { IndexEntry } from "@/lib/search/search-index";
import { createSearcher, type Searcher, type Tier } from "@/lib/search/search";
import { comparePartialDates } from "@/lib/dates";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";

/** Filtering, facet counting and sorting for /models: pure functions over the compact index. */

function matchesFacets(entry: IndexEntry, state: BrowseState, skip?: FacetKey): boolean {
  for (const key of FACET_KEYS) {
    if (key !== skip && !matchesFacet(key, entry, state[key])) return false;
  }
  // An entry whose date no source gives cannot be placed in a year range.
  if ((state.from !== null || state.to !== null) && entry.year === null) return false;
  if (state.from !== null && entry.year !== null && entry.year < state.from) return false;
  if (state.to !== null && entry.year !== null && entry.year > state.to) return false;
  return true;
}

export function effectiveSort(state: BrowseState): Sort {
  return state.sort ?? (state.q.trim() ? "relevance" : "newest");
}

// Undated entries sort last in both directions: the caller says where "unknown" sits for (a, b).
function byDate(a: IndexEntry, b: IndexEntry, unknownAsA: "first" | "last"): number {
  if (a.released === null || b.released === null) {
    const sign = unknownAsA === "first" ? 1 : -1;
    return a.released === b.released ? 0 : a.released === null ? sign : -sign;
  }
  return comparePartialDates(a.released, b.released);
}

const FACET_COMBINES_ALL = new Set(FACET_KEYS.filter((key) => FACETS[key].combine === "all"));

type Order = (a: IndexEntry, b: IndexEntry) => number;

/** The sort orders, with names compared as the page's language does (Chinese names in pinyin order). */
function sorters(locale: Locale): Record<Exclude<Sort, "relevance">, Order> {
  const collator = locale === "en" ? null : new Intl.Collator(INTL_LOCALE[locale]);
  const byName: Order = collator ? (a, b) => collator.compare(a.name, b.name) : (a, b) => a.name.localeCompare(b.name);
  return {
    newest: (a, b) => byDate(b, a, "last") || byName(a, b),
    oldest: (a, b) => byDate(a, b, "first") || byName(a, b),
    name: byName,
    // Undisclosed counts sort last, whatever the direction of the rest.
    parameters: (a, b) => (b.parameters ?? -1) - (a.parameters ?? -1) || byName(a, b),
  };
}

export type Browser = {
  /** Entries matching the query and every facet, in the state's sort order. */
  results(state: BrowseState): IndexEntry[];
  /** For each option of a facet, how many entries would match if it were chosen (other facets kept). */
  counts(state: BrowseState, facet: FacetKey, options: readonly string[]): Map<string, number>;
  /** How each entry matched the query (slug → search tier); empty for an empty query. */
  tiers(query: string): Map<string, Tier>;
};

export function createBrowser(index: IndexEntry[], locale: Locale = "en"): Browser {
  const searcher: Searcher = createSearcher(index);
  const SORTERS = sorters(locale);
  const searched = (query: string) => (query.trim() ? searcher.search(query).map((hit) => hit.entry) : index);
  const tiers = (query: string) => new Map(query.trim() ? searcher.search(query).map((hit) => [hit.entry.slug, hit.tier]) : []);

  return {
    tiers,
    results(state) {
      const matching = searched(state.q).filter((entry) => matchesFacets(entry, state));
      const sort = effectiveSort(state);
      return sort === "relevance" ? matching : [...matching].sort(SORTERS[sort]);
    },
    counts(state, facet, options) {
      const counts = new Map(options.map((option) => [option, 0]));
      for (const entry of searched(state.q)) {
        if (!matchesFacets(entry, state, facet)) continue;
        for (const option of options) {
          // "All of" facets count what choosing one more value would leave; "any of" ones, that value alone.
          const chosen = state[facet].includes(option) ? state[facet] : [...state[facet], option];
          if (matchesFacet(facet, entry, FACET_COMBINES_ALL.has(facet) ? chosen : [option])) counts.set(option, (counts.get(option) ?? 0) + 1);
        }
      }
      return counts;
    },
  };
}
