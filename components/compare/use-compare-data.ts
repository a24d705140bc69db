"use client";

import { useEffect, useRef, useState } from "react";
import * as v from "valibot";
import { compareEntryPath, compareEntrySchema, type CompareEntry } from "@/lib/compare/compare-entry";
import { ENTRY_NAMES_PATH, entryNamesSchema, type EntryName } from "@/lib/compare/entry-names";
import type { Locale } from "@/lib/i18n/locales";
import { loadSearchIndex } from "@/lib/search/load-search-index";
import type { IndexEntry } from "@/lib/search/search-index";

export type IndexState =
  | { status: "loading" }
  | { status: "error" }
  | { status: "ready"; search: (query: string) => IndexEntry[] };

/**
 * Search over the compact catalog index (names and facets) in the page's language: the index
 * (through the site's one loader) and the search code are fetched once `wanted` (the add box has
 * been focused), since nothing else on /compare needs them.
 */
export function useSearchIndex(locale: Locale, wanted: boolean): IndexState {
  const [state, setState] = useState<IndexState>({ status: "loading" });
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    Promise.all([loadSearchIndex(locale), import("@/lib/search/search")])
      .then(([entries, { searchIndex }]) => live && setState({ status: "ready", search: (query) => searchIndex(entries, query) }))
      .catch(() => live && setState({ status: "error" }));
    return () => {
      live = false;
    };
  }, [locale, wanted]);
  return state;
}

export type NamesState = { status: "loading" } | { status: "error" } | { status: "ready"; entries: EntryName[] };

/** Every entry's slug and name in the page's language (lib/compare/entry-names.ts): read on load. */
export function useEntryNames(locale: Locale): NamesState {
  const [state, setState] = useState<NamesState>({ status: "loading" });
  useEffect(() => {
    let live = true;
    fetch(ENTRY_NAMES_PATH[locale])
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((data: unknown) => {
        const parsed = v.safeParse(entryNamesSchema, data);
        if (!parsed.success) throw new Error("unexpected data");
        if (live) setState({ status: "ready", entries: parsed.output });
      })
      .catch(() => live && setState({ status: "error" }));
    return () => {
      live = false;
    };
  }, [locale]);
  return state;
}

type Loaded = Record<string, CompareEntry | "error">;

/** Per-entry compare data for the selected slugs, fetched and parsed once per slug while the page lives. */
export function useCompareEntries(slugs: readonly string[]): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({});
  const requested = useRef(new Set<string>());
  const wanted = slugs.join(",");
  useEffect(() => {
    for (const slug of wanted ? wanted.split(",") : []) {
      if (requested.current.has(slug)) continue;
      requested.current.add(slug);
      fetch(compareEntryPath(slug))
        .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
        .then((data: unknown) => {
          const parsed = v.safeParse(compareEntrySchema, data);
          if (!parsed.success || parsed.output.slug !== slug) throw new Error("unexpected data");
          const entry = parsed.output;
          setLoaded((current) => ({ ...current, [slug]: entry }));
        })
        .catch(() => setLoaded((current) => ({ ...current, [slug]: "error" })));
    }
  }, [wanted]);
  return loaded;
}
