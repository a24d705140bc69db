// Server only: the search index in a language, for /search-index.json, /zh/search-index.json and
// the /models facet tables. Kept apart from search-index.ts, which the browser imports.
import { catalogIn, getCatalog } from "@/lib/catalog";
import type { Locale } from "@/lib/i18n/locales";
import { buildSearchIndex, type IndexEntry } from "@/lib/search/search-index";

export function searchIndexIn(locale: Locale): IndexEntry[] {
  const english = getCatalog();
  return buildSearchIndex(catalogIn(locale, english), english);
}
