import * as v from "valibot";
import { searchIndexSchema, type IndexEntry } from "@/lib/search/search-index";

let pending: Promise<IndexEntry[]> | undefined;

/**
 * Fetches and parses /search-index.json once per page load; later callers share the same promise.
 * Every client component that needs the index (the model list, compare, header search) calls this.
 */
export function loadSearchIndex(): Promise<IndexEntry[]> {
  pending ??= fetch("/search-index.json")
    .then((response) => {
      if (!response.ok) throw new Error(`The search index could not be loaded (HTTP ${response.status}).`);
      return response.json();
    })
    .then((data: unknown) => {
      const parsed = v.safeParse(searchIndexSchema, data);
      if (!parsed.success) throw new Error("The search index has an unexpected shape; reload the page to try again.");
      return parsed.output;
    });
  pending.catch(() => (pending = undefined));
  return pending;
}
