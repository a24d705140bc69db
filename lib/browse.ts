import type { BrowseState, Sort } from "./browse-state";
import type { IndexEntry } from "./search-index";
import { createSearcher, type Searcher } from "./search";
import { comparePartialDates } from "./dates";

/** Filtering, facet counting and sorting for /models: pure functions over the compact index. */

type Facet = "modality" | "input" | "output" | "kind" | "org" | "arch" | "open";

const matchers: Record<Facet, (entry: IndexEntry, values: string[]) => boolean> = {
  modality: (entry, values) => values.some((value) => entry.modalities.includes(value)),
  input: (entry, values) => values.some((value) => (value === "none" ? entry.input.length === 0 : entry.input.includes(value))),
  output: (entry, values) => values.some((value) => entry.output.includes(value)),
  kind: (entry, values) => values.includes(entry.kind),
  org: (entry, values) => values.some((value) => entry.organizations.includes(value)),
  arch: (entry, values) => values.includes(entry.architecture),
  open: (entry, values) => values.includes(entry.openWeights),
};

const FACETS = Object.keys(matchers) as Facet[];

function matchesFacets(entry: IndexEntry, state: BrowseState, skip?: Facet): boolean {
  for (const facet of FACETS) {
    if (facet !== skip && state[facet].length > 0 && !matchers[facet](entry, state[facet])) return false;
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

const SORTERS: Record<Exclude<Sort, "relevance">, (a: IndexEntry, b: IndexEntry) => number> = {
  newest: (a, b) => byDate(b, a, "last") || a.name.localeCompare(b.name),
  oldest: (a, b) => byDate(a, b, "first") || a.name.localeCompare(b.name),
  name: (a, b) => a.name.localeCompare(b.name),
  // Undisclosed counts sort last, whatever the direction of the rest.
  parameters: (a, b) => (b.parameters ?? -1) - (a.parameters ?? -1) || a.name.localeCompare(b.name),
};

export type Browser = {
  /** Entries matching the query and every facet, in the state's sort order. */
  results(state: BrowseState): IndexEntry[];
  /** For each option of a facet, how many entries would match if it were chosen (other facets kept). */
  counts(state: BrowseState, facet: Facet, options: string[]): Map<string, number>;
};

export function createBrowser(index: IndexEntry[]): Browser {
  const searcher: Searcher = createSearcher(index);
  const searched = (query: string) => (query.trim() ? searcher.search(query).map((hit) => hit.entry) : index);

  return {
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
          if (matchers[facet](entry, [option])) counts.set(option, (counts.get(option) ?? 0) + 1);
        }
      }
      return counts;
    },
  };
}
