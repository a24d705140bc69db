"use client";

import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import {
  EMPTY_STATE, SORTS, isDefaultState, parseBrowseState, serializeBrowseState,
  type AllowedValues, type BrowseState, type ParseResult, type Sort,
} from "@/lib/search/browse-state";
import { useUrlState, type HistoryMode } from "./hooks/use-url-state";
import { useCompareSelection } from "./hooks/use-compare-selection";
import { createBrowser, effectiveSort, type Browser } from "@/lib/search/browse";
import { alternativeLabel, isNamedTier } from "@/lib/search/search";
import { loadSearchIndex } from "@/lib/search/load-search-index";
import type { FacetGroup } from "@/lib/search/facets";
import { BrowseFacets } from "./browse-facets";
import { BrowseResults } from "./browse-results";
import { ActiveFilters } from "./active-filters";
import { CompareTray } from "./compare/compare-tray";

type ModelsBrowserProps = {
  groups: FacetGroup[];
  allowed: AllowedValues;
  modalities: { slug: string; name: string }[];
  eras: { slug: string; name: string; start: number; end: number | null }[];
  yearBounds: { min: number; max: number };
  total: number;
  /** The server-rendered list: shown until the index is needed, and all a no-JS visitor gets. */
  children: ReactNode;
};

// Rendering thousands of rows per keystroke would cost more than the search itself.
const PAGE = 200;

const SORT_LABELS: Record<Sort, string> = {
  relevance: "Relevance", newest: "Newest", oldest: "Oldest", name: "Name", parameters: "Parameters (largest first)",
};

const serializeParsed = (parsed: ParseResult) => serializeBrowseState(parsed.state);

export function ModelsBrowser(props: ModelsBrowserProps) {
  const { groups, allowed, total } = props;
  const parse = useCallback((search: string) => parseBrowseState(search, allowed), [allowed]);
  const [{ state, ignored }, setParsed] = useUrlState(parse, serializeParsed);
  const [browser, setBrowser] = useState<Browser | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const { slugs: selected, toggle: select, clear: clearSelection } = useCompareSelection();
  const [shown, setShown] = useState(PAGE);
  const [filtersOpen, setFiltersOpen] = useState(false);

  const ensureIndex = useCallback(() => {
    loadSearchIndex()
      .then((index) => setBrowser((current) => current ?? createBrowser(index)))
      .catch((error: Error) => setLoadError(error.message));
  }, []);

  // The URL is the state; a link that arrives with filters needs the index at once.
  useEffect(() => {
    if (!isDefaultState(state)) ensureIndex();
  }, [state, ensureIndex]);

  // Typing replaces the history entry; choosing a filter pushes one, so Back undoes it.
  const update = (next: BrowseState, mode: HistoryMode = "push") => {
    setShown(PAGE);
    ensureIndex();
    setParsed({ state: next, ignored: [] }, mode);
  };

  const toggle = (key: FacetGroup["key"], value: string) => {
    const values = state[key].includes(value) ? state[key].filter((v) => v !== value) : [...state[key], value];
    update({ ...state, [key]: values });
  };

  const results = useMemo(() => browser?.results(state) ?? null, [browser, state]);
  const counts = useMemo(() => {
    if (!browser) return null;
    return Object.fromEntries(
      groups.map((group) => [group.key, browser.counts(state, group.key, group.options.map((o) => o.value))]),
    );
  }, [browser, state, groups]);

  // Rows that are not named like the query are alternatives, labelled by how they matched; when no
  // row is named like it, the list says so before showing them.
  const tiers = useMemo(() => browser?.tiers(state.q) ?? new Map<string, never>(), [browser, state.q]);
  const matchLabels = useMemo(() => {
    const labels = new Map<string, string>();
    for (const [slug, tier] of tiers) {
      const label = alternativeLabel(tier, state.q);
      if (label) labels.set(slug, label);
    }
    return labels;
  }, [tiers, state.q]);
  const nothingNamed = results !== null && results.length > 0 && tiers.size > 0 && !results.some((entry) => isNamedTier(tiers.get(entry.slug) ?? 0));

  const showServerList = results === null && isDefaultState(state);
  const activeFilterCount =
    groups.reduce((count, group) => count + state[group.key].length, 0) + Number(state.from !== null) + Number(state.to !== null);

  return (
    // Document order is search, filters, results, so the search box is the first stop for the
    // keyboard; on wide screens the grid puts the filters in a column on the left.
    <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
      <div className="min-w-0 lg:col-start-2 lg:row-start-1">
        <div className="flex flex-wrap items-end gap-3" role="search">
          <label className="flex min-w-0 flex-1 flex-col gap-1 font-medium">
            Search models by name, alias or organization
            <input
              type="search"
              data-page-search
              value={state.q}
              placeholder="Try gpt4, stabel diffusion, palm e…"
              autoComplete="off"
              spellCheck={false}
              onFocus={ensureIndex}
              onChange={(event) => update({ ...state, q: event.target.value }, "replace")}
              onKeyDown={(event) => {
                if (event.key === "Escape") update({ ...state, q: "" }, "replace");
              }}
              className="rounded-md border border-border bg-bg px-3 py-2 text-base font-normal"
            />
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">
            Sort by
            <select
              value={effectiveSort(state)}
              onChange={(event) => update({ ...state, sort: SORTS.find((sort) => sort === event.target.value) ?? null })}
              className="rounded-md border border-border bg-bg px-2 py-2"
            >
              {SORTS.filter((sort) => sort !== "relevance" || state.q.trim()).map((sort) => (
                <option key={sort} value={sort}>
                  {SORT_LABELS[sort]}
                </option>
              ))}
            </select>
          </label>
          {/* On phones the filters are a disclosure at the top, not a long column below the results. */}
          <button
            type="button"
            aria-expanded={filtersOpen}
            aria-controls="filters-panel"
            onClick={() => setFiltersOpen((open) => !open)}
            className="rounded-md border border-border px-3 py-2 text-sm font-medium lg:hidden"
          >
            Filters ({activeFilterCount} active)
          </button>
        </div>
      </div>
      <aside
        id="filters-panel"
        aria-label="Filters"
        className={`${filtersOpen ? "" : "hidden"} lg:col-start-1 lg:row-span-2 lg:row-start-1 lg:block`}
      >
        <BrowseFacets
          groups={groups}
          state={state}
          counts={counts}
          onToggle={toggle}
          onYears={(from, to) => update({ ...state, from, to })}
          eras={props.eras}
          yearBounds={props.yearBounds}
        />
      </aside>
      <div className="min-w-0 lg:col-start-2 lg:row-start-2">
        {ignored.length > 0 && (
          <p role="status" className="mt-3 rounded-md border border-border bg-bg-muted px-3 py-2 text-sm">
            Some parts of this link were not recognised and were ignored: {ignored.join(", ")}.
          </p>
        )}
        <ActiveFilters state={state} groups={groups} onChange={(next) => update(next)} />
        <div className="mt-3">
          <CompareTray slugs={selected} onClear={clearSelection} />
        </div>
        <p aria-live="polite" className="mb-3 mt-3 text-sm text-fg-muted">
          {loadError
            ? loadError
            : results
              ? `Showing ${results.length} of ${total} entries`
              : showServerList
                ? `${total} entries, newest first`
                : "Loading the search index…"}
        </p>

        {showServerList && props.children}
        {nothingNamed && (
          <div className="mb-3 rounded-md border border-border bg-bg-muted px-3 py-2">
            <p className="font-semibold break-words">No entry is named “{state.q.trim()}”.</p>
            <p className="text-sm text-fg-muted">Closer alternatives follow, each labelled with how it matches.</p>
          </div>
        )}
        {results && results.length > 0 && (
          <BrowseResults
            matchLabels={matchLabels}
            results={results.slice(0, shown)}
            modalities={props.modalities}
            selected={selected}
            onSelect={select}
          />
        )}
        {results && results.length > shown && (
          <button
            type="button"
            onClick={() => setShown((count) => count + PAGE)}
            className="mt-4 w-full rounded-md border border-border px-4 py-2 font-medium"
          >
            Show {Math.min(PAGE, results.length - shown)} more of {results.length - shown} remaining
          </button>
        )}
        {results && results.length === 0 && (
          <div className="rounded-lg border border-border p-6 text-center">
            <p className="text-lg font-semibold">
              {activeFilterCount > 0
                ? `No entries match${state.q.trim() ? ` “${state.q.trim()}”` : ""} with these filters.`
                : `No entry is named “${state.q.trim()}”.`}
            </p>
            <p className="mt-2 text-fg-muted">
              {activeFilterCount > 0 ? "Remove a filter above, or start again." : "Check the spelling, try another name, or browse the whole list."}
            </p>
            <button
              type="button"
              onClick={() => update(EMPTY_STATE)}
              className="mt-4 rounded-md bg-accent px-4 py-2 font-medium text-accent-fg"
            >
              {activeFilterCount > 0 ? "Clear search and all filters" : "Show all models"}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
