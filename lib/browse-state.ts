import { ARCHITECTURES, ENTRY_KINDS, OPEN_WEIGHTS } from "./vocabulary";

/**
 * The /models view as URL state. Every value is parsed against a declared table of allowed
 * values, so a hand-edited or hostile URL can only ever produce a valid (maybe empty) view.
 */
export const SORTS = ["relevance", "newest", "oldest", "name", "parameters"] as const;
export type Sort = (typeof SORTS)[number];

export type BrowseState = {
  q: string;
  modality: string[];
  input: string[];
  output: string[];
  kind: string[];
  org: string[];
  arch: string[];
  open: string[];
  from: number | null;
  to: number | null;
  sort: Sort | null;
};

export const EMPTY_STATE: BrowseState = {
  q: "", modality: [], input: [], output: [], kind: [], org: [], arch: [], open: [], from: null, to: null, sort: null,
};

export type AllowedValues = { modalities: string[]; organizations: string[] };

const MAX_QUERY = 200;
const LIST_PARAMS = { modality: "modality", input: "in", output: "out", kind: "kind", org: "org", arch: "arch", open: "open" } as const;

export type ParseResult = { state: BrowseState; ignored: string[] };

/** Reads the URL's query string. Values that are not allowed are dropped and reported in `ignored`. */
export function parseBrowseState(search: string | URLSearchParams, allowed: AllowedValues): ParseResult {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const ignored: string[] = [];
  const list = (name: string, values: readonly string[], caseless = true) => {
    const raw = params.getAll(name).flatMap((value) => value.split(","));
    const picked: string[] = [];
    for (const value of raw.map((v) => v.trim()).filter(Boolean)) {
      const match = values.find((allowedValue) => (caseless ? allowedValue.toLowerCase() === value.toLowerCase() : allowedValue === value));
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
  const modalitiesWithNone = [...allowed.modalities, "none"];
  const state: BrowseState = {
    q: (params.get("q") ?? "").slice(0, MAX_QUERY),
    modality: list(LIST_PARAMS.modality, allowed.modalities),
    input: list(LIST_PARAMS.input, modalitiesWithNone),
    output: list(LIST_PARAMS.output, allowed.modalities),
    kind: list(LIST_PARAMS.kind, ENTRY_KINDS),
    org: list(LIST_PARAMS.org, allowed.organizations),
    arch: list(LIST_PARAMS.arch, ARCHITECTURES),
    open: list(LIST_PARAMS.open, OPEN_WEIGHTS),
    from: year("from"),
    to: year("to"),
    sort,
  };
  return { state, ignored };
}

/** The query string for a state, with defaults left out so links stay short. */
export function serializeBrowseState(state: BrowseState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set("q", state.q);
  for (const [key, name] of Object.entries(LIST_PARAMS) as [keyof typeof LIST_PARAMS, string][]) {
    if (state[key].length) params.set(name, state[key].join(","));
  }
  if (state.from !== null) params.set("from", String(state.from));
  if (state.to !== null) params.set("to", String(state.to));
  if (state.sort) params.set("sort", state.sort);
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function isDefaultState(state: BrowseState): boolean {
  return serializeBrowseState(state) === "";
}
