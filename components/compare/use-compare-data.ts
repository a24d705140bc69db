"use client";

import { useEffect, useRef, useState } from "react";
import * as v from "valibot";
import { compareEntryPath, compareEntrySchema, type CompareEntry } from "@/lib/compare/compare-entry";
import type { Locale } from "@/lib/i18n/locales";
import { loadSearchIndex } from "@/lib/search/load-search-index";
import type { IndexEntry } from "@/lib/search/search-index";

export type IndexState = { status: "loading" } | { status: "error" } | { status: "ready"; entries: IndexEntry[] };

/** The compact catalog index (names and facets) in the page's language, through the site's one loader. */
export function useSearchIndex(locale: Locale): IndexState {
  const [state, setState] = useState<IndexState>({ status: "loading" });
  useEffect(() => {
    let live = true;
    loadSearchIndex(locale)
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
