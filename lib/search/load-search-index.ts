import * as v from "valibot";
import type { Locale } from "@/lib/i18n/locales";
import { searchIndexSchema, type IndexEntry } from "@/lib/search/search-index";

/** The index file of each language: Chinese names and summaries live in /zh/search-index.json. */
export const SEARCH_INDEX_PATH: Record<Locale, string> = { en: "/search-index.json", zh: "/zh/search-index.json" };

/** Why the index could not be used: `status` is the HTTP status, or null when the file had the wrong shape. */
export class SearchIndexError extends Error {
  constructor(readonly status: number | null) {
    super(
      status === null
        ? "The search index has an unexpected shape; reload the page to try again."
        : `The search index could not be loaded (HTTP ${status}).`,
    );
  }
}

const pending = new Map<Locale, Promise<IndexEntry[]>>();

/**
 * Fetches and parses the page language's search index once per page load; later callers share the
 * same promise. Every client component that needs the index (the model list, compare, header
 * search) calls this, with the page's locale (useLocale()).
 */
export function loadSearchIndex(locale: Locale = "en"): Promise<IndexEntry[]> {
  let promise = pending.get(locale);
  if (promise) return promise;
  promise = fetch(SEARCH_INDEX_PATH[locale])
    .then((response) => {
      if (!response.ok) throw new SearchIndexError(response.status);
      return response.json();
    })
    .then((data: unknown) => {
      const parsed = v.safeParse(searchIndexSchema, data);
      if (!parsed.success) throw new SearchIndexError(null);
      return parsed.output;
    });
  pending.set(locale, promise);
  promise.catch(() => pending.delete(locale));
  return promise;
}
