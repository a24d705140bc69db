"use client";

import { useCallback, useSyncExternalStore } from "react";

// The entries a reader has picked for comparison, shared by the model list's checkboxes and each
// entry page's "Add to compare", and kept for the session so picking on one page and adding on
// another builds one selection.

const KEY = "aigc-catalog:compare-selection";
const listeners = new Set<() => void>();
let cache: { raw: string | null; slugs: string[] } = { raw: null, slugs: [] };

function read(): string[] {
  let raw: string | null = null;
  try {
    raw = window.sessionStorage.getItem(KEY);
  } catch {
    // Storage can be disabled; the selection then lives only as long as the page.
  }
  if (raw !== cache.raw) {
    let slugs: string[] = [];
    try {
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      slugs = Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === "string").slice(0, 20) : [];
    } catch {
      slugs = [];
    }
    cache = { raw, slugs };
  }
  return cache.slugs;
}

function write(slugs: string[]) {
  const raw = JSON.stringify(slugs);
  try {
    window.sessionStorage.setItem(KEY, raw);
  } catch {
    // See read().
  }
  cache = { raw, slugs };
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const empty: string[] = [];

export function useCompareSelection() {
  const slugs = useSyncExternalStore(subscribe, read, () => empty);
  const toggle = useCallback((slug: string, on: boolean) => {
    const current = read();
    write(on ? [...current.filter((s) => s !== slug), slug] : current.filter((s) => s !== slug));
  }, []);
  const clear = useCallback(() => write([]), []);
  return { slugs, toggle, clear };
}
