"use client";

import { useEffect, useRef, useState } from "react";
import * as v from "valibot";
import { compareEntryPath, compareEntrySchema, type CompareEntry } from "@/lib/compare/compare-entry";
import { ENTRY_NAMES_PATH, entryNamesSchema, type EntryName } from "@/lib/compare/entry-names";
import type { Locale } from "@/lib/i18n/locales";
import { loadSearchIndex } from "@/lib/search/load-search-index";
import type { IndexEntry } from "@/lib/search/search-index";

/** A JSON file read and checked against its schema; any failure (network, status, shape) rejects. */
async function fetchParsed<S extends v.GenericSchema>(path: string, schema: S): Promise<v.InferOutput<S>> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const parsed = v.safeParse(schema, await response.json());
  if (!parsed.success) throw new Error(`${path}: unexpected data`);
  return parsed.output;
}

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
    fetchParsed(ENTRY_NAMES_PATH[locale], entryNamesSchema)
      .then((entries) => live && setState({ status: "ready", entries }))
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
      fetchParsed(compareEntryPath(slug), compareEntrySchema)
        .then((entry) => {
          if (entry.slug !== slug) throw new Error("unexpected data");
          setLoaded((current) => ({ ...current, [slug]: entry }));
        })
        .catch(() => setLoaded((current) => ({ ...current, [slug]: "error" })));
    }
  }, [wanted]);
  return loaded;
}
