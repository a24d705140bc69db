import * as v from "valibot";
import type { Catalog } from "@/lib/catalog";
import type { Locale } from "@/lib/i18n/locales";

// /compare reads a link's ?models= against every entry's slug and names what it shows. The search
// index could tell it both, but it is ~15 times larger (33 KB gzip at 219 entries, 272 KB at
// 10,000) and only the "Add an entry" box searches: so the page loads this list, and the index
// only when the reader starts to add.

export type EntryName = { slug: string; name: string };

/** The file: [slug, name] pairs, the shortest way to write them (it is fetched by every /compare). */
export const entryNamesSchema = v.pipe(
  v.array(v.tuple([v.string(), v.string()])),
  v.transform((pairs): EntryName[] => pairs.map(([slug, name]) => ({ slug, name }))),
);

/** Each language's file: Chinese names live in /zh/entry-names.json. */
export const ENTRY_NAMES_PATH: Record<Locale, string> = { en: "/entry-names.json", zh: "/zh/entry-names.json" };

/** Every entry's slug and its name in the catalog's language, as the file holds them. */
export function entryNames(catalog: Catalog): [slug: string, name: string][] {
  return catalog.entries.map((entry) => [entry.slug, entry.name]);
}
