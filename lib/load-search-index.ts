import type { IndexEntry } from "./search-index";

let pending: Promise<IndexEntry[]> | undefined;

/** Fetches /search-index.json once per page load; later callers share the same promise. */
export function loadSearchIndex(): Promise<IndexEntry[]> {
  pending ??= fetch("/search-index.json").then((response) => {
    if (!response.ok) throw new Error(`The search index could not be loaded (HTTP ${response.status}).`);
    return response.json() as Promise<IndexEntry[]>;
  });
  pending.catch(() => (pending = undefined));
  return pending;
}
