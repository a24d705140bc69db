"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";

// The one way client components keep state in the URL's query string. The pages are static files,
// so the query exists only in the browser: the server snapshot is empty, and the real one is read
// on hydration. history.pushState and replaceState fire no event, so writes made here notify
// subscribers themselves; back and forward arrive as popstate.

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

// Next.js's own navigations (a <Link> to the same page with another query) also go through
// history.pushState/replaceState without an event, so both are wrapped once to tell readers.
let historyWrapped = false;
function wrapHistory() {
  if (historyWrapped) return;
  historyWrapped = true;
  for (const method of ["pushState", "replaceState"] as const) {
    const original = window.history[method].bind(window.history);
    window.history[method] = (...args: Parameters<History["pushState"]>) => {
      original(...args);
      queueMicrotask(notify);
    };
  }
}

function subscribe(listener: () => void) {
  wrapHistory();
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

const readSearch = () => window.location.search;
const serverSearch = () => "";

export type HistoryMode = "push" | "replace";

/** Writes a query string (with or without its "?") into the address bar and tells every reader. */
export function writeSearch(search: string, mode: HistoryMode) {
  const query = search.startsWith("?") || search === "" ? search : `?${search}`;
  const url = `${window.location.pathname}${query}${window.location.hash}`;
  if (mode === "push") window.history.pushState(window.history.state, "", url);
  else window.history.replaceState(window.history.state, "", url);
  notify();
}

const noSubscription = () => () => {};

/** False in the prerendered HTML and during hydration, true once the page runs in a browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

/** The current query string ("" before hydration). */
export function useUrlSearch(): string {
  return useSyncExternalStore(subscribe, readSearch, serverSearch);
}

/**
 * A value kept in the URL: `parse` reads it from the query string, `serialize` writes it back.
 * Pushing makes a history step (filters); replacing does not (typing). Pass stable functions.
 */
export function useUrlState<T>(parse: (search: string) => T, serialize: (value: T) => string) {
  const search = useUrlSearch();
  const value = useMemo(() => parse(search), [parse, search]);
  const setValue = useCallback((next: T, mode: HistoryMode = "push") => writeSearch(serialize(next), mode), [serialize]);
  return [value, setValue] as const;
}
