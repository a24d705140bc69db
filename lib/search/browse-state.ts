import { FACETS, FACET_KEYS, perFacet, type FacetKey } from "@/lib/search/facets";

/**
 * The /models view as URL state. Every value is parsed against the allowed values of its facet
 * (lib/facets.ts), so a hand-edited or hostile URL can only ever produce a valid (maybe empty) view.
 */
export const SORTS = ["relevance", "newest", "oldest", "name", "parameters"] as const;
export type Sort = (typeof SORTS)[number];

export type BrowseState = {
  q: string;
  from: number | null;
  to: number | null;
  sort: Sort | null;
} & Record<FacetKey, string[]>;

export const EMPTY_STATE: BrowseState = {
  q: "",
  from: null,
  to: null,
  sort: null,
  ...perFacet((): string[] => []),
};

/** The values each facet accepts in a URL: the values some entry has. */
export type AllowedValues = Record<FacetKey, readonly string[]>;

const MAX_QUERY = 200;

export type ParseResult = { state: BrowseState; ignored: string[] };

/** Reads the URL's query string. Values that are not allowed are dropped and reported in `ignored`. */
export function parseBrowseState(search: string | URLSearchParams, allowed: AllowedValues): ParseResult {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const ignored: string[] = [];
  const list = (name: string, values: readonly string[]) => {
    const raw = params.getAll(name).flatMap((value) => value.split(","));
    const picked: string[] = [];
    for (const value of raw.map((v) => v.trim()).filter(Boolean)) {
      const match = values.find((allowedValue) => allowedValue.toLowerCase() === value.toLowerCase());
      if (match && !picked.includes(match)) picked.push(match);
      else if (!match) ignored.push(`${name}=${value.slice(0, 60)}`);
    }
    return picked;
  };
  const year = (name: string) => {
    const value = params.get(name);
    if (value === null || value === "") return null;
    if (/^\d{4}$/.test(value.trim())) return Number(value.trim());
    ignored.push(`${name}=${value.slice(0, 60)}`);
    return null;
  };
  const sortValue = params.get("sort");
  const sort = SORTS.find((value) => value === sortValue) ?? null;
  if (sortValue && !sort) ignored.push(`sort=${sortValue.slice(0, 60)}`);
  const state: BrowseState = { ...EMPTY_STATE, q: (params.get("q") ?? "").slice(0, MAX_QUERY), from: year("from"), to: year("to"), sort };
  for (const key of FACET_KEYS) state[key] = list(FACETS[key].param, allowed[key] ?? []);
  return { state, ignored };
}

/** The query string for a state, with defaults left out so links stay short. */
export function serializeBrowseState(state: BrowseState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set("q", state.q);
  for (const key of FACET_KEYS) if (state[key].length) params.set(FACETS[key].param, state[key].join(","));
  if (state.from !== null) params.set("from", String(state.from));
  if (state.to !== null) params.set("to", String(state.to));
  if (state.sort) params.set("sort", state.sort);
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function isDefaultState(state: BrowseState): boolean {
  return serializeBrowseState(state) === "";
}

/** A named form control as the reader left it; on /models its name is the URL key it stands for. */
export type ControlValue = { name: string; value: string; checked?: boolean };

/**
 * The state once the reader's changes to the form's controls are applied (used for choices made
 * before the page's scripts ran): a query, a sort, a year, a facet option ticked or unticked.
 * Values the URL would not accept are left out, as parseBrowseState leaves them out.
 */
export function withControlValues(state: BrowseState, controls: readonly ControlValue[], allowed: AllowedValues): BrowseState {
  const next: BrowseState = { ...state };
  for (const { name, value, checked } of controls) {
    if (name === "q") next.q = value.slice(0, MAX_QUERY);
    else if (name === "sort") next.sort = SORTS.find((sort) => sort === value) ?? next.sort;
    else if (name === "from" || name === "to") {
      if (value.trim() === "") next[name] = null;
      else if (/^\d{4}$/.test(value.trim())) next[name] = Number(value.trim());
    } else {
      const key = FACET_KEYS.find((facet) => FACETS[facet].param === name);
      if (!key || !(allowed[key] ?? []).includes(value)) continue;
      const others = next[key].filter((chosen) => chosen !== value);
      next[key] = checked ? [...others, value] : others;
    }
  }
  return next;
}
