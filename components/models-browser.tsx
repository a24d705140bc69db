"use client";

import { useRef, useState, type ReactNode } from "react";
import { EMPTY_STATE, isDefaultState, parseBrowseState, withControlValues, type AllowedValues, type BrowseState } from "@/lib/search/browse-state";
import type { FacetGroup } from "@/lib/search/facets";
import { fill, formatNumber, plural } from "@/lib/i18n/format-message";
import type { HistoryMode } from "./hooks/use-url-state";
import { useCompareSelection } from "./hooks/use-compare-selection";
import { useChoicesBeforeHydration } from "./hooks/use-choices-before-hydration";
import { COMPARE_CONTROL } from "./compare/compare-checkbox";
import { useLocale } from "./i18n/locale-provider";
import { useBrowseUrl } from "./browse/use-browse-url";
import { useBrowseResults, type InitialCounts } from "./browse/use-browse-results";
import { BrowseToolbar } from "./browse/browse-toolbar";
import { BrowseEmpty, NothingNamed } from "./browse/browse-empty";
import type { ModelsBrowserMessages } from "./browse/browse-messages";
import { BrowseFacets } from "./browse-facets";
import { BrowseResults } from "./browse-results";
import { ActiveFilters } from "./active-filters";
import { CompareTray } from "./compare/compare-tray";

type ModelsBrowserProps = {
  groups: FacetGroup[];
  allowed: AllowedValues;
  /** The facet counts of the unfiltered view, from the build: shown before the index loads. */
  initialCounts: InitialCounts;
  modalities: { slug: string; name: string }[];
  eras: { slug: string; name: string; start: number; end: number | null }[];
  yearBounds: { min: number; max: number };
  total: number;
  messages: ModelsBrowserMessages;
  /** The server-rendered list: shown until the index is needed, and all a no-JS visitor gets. */
  children: ReactNode;
};

// Rendering thousands of rows per keystroke would cost more than the search itself.
const PAGE = 200;

/**
 * /models with JavaScript: the view composed from its parts. The URL holds the state
 * (browse/use-browse-url), the index gives the results (browse/use-browse-results), and the
 * toolbar, facets, chips and results render them.
 */
export function ModelsBrowser(props: ModelsBrowserProps) {
  const { groups, allowed, total, messages } = props;
  const t = messages.browser;
  const locale = useLocale();
  const { state, ignored, setState } = useBrowseUrl(allowed);
  const { results, counts, matchLabels, nothingNamed, loadError, ensureIndex } = useBrowseResults(state, groups, props.initialCounts, locale, t);
  const { slugs: selected, toggle: select, clear: clearSelection } = useCompareSelection();
  const [shown, setShown] = useState(PAGE);
  const [filtersOpen, setFiltersOpen] = useState(false);

  const update = (next: BrowseState, mode: HistoryMode = "push") => {
    setShown(PAGE);
    ensureIndex();
    setState(next, mode);
  };

  // A search typed, filter ticked or sort chosen before the scripts ran is kept, applied to the
  // URL's own state (the render being hydrated has not read the URL yet).
  const form = useRef<HTMLDivElement>(null);
  useChoicesBeforeHydration(form, (changes) => {
    const browse = changes.filter((change) => change.name !== COMPARE_CONTROL);
    if (browse.length > 0) update(withControlValues(parseBrowseState(window.location.search, allowed).state, browse, allowed), "replace");
    for (const change of changes) if (change.name === COMPARE_CONTROL) select(change.value, change.checked === true);
  });

  const toggle = (key: FacetGroup["key"], value: string) => {
    const values = state[key].includes(value) ? state[key].filter((v) => v !== value) : [...state[key], value];
    update({ ...state, [key]: values });
  };

  const showServerList = results === null && isDefaultState(state);
  const activeFilterCount =
    groups.reduce((count, group) => count + state[group.key].length, 0) + Number(state.from !== null) + Number(state.to !== null);
  const number = (value: number) => formatNumber(locale, value);

  return (
    // Document order is search, filters, results, so the search box is the first stop for the
    // keyboard; on wide screens the grid puts the filters in a column on the left.
    <div ref={form} className="grid gap-6 lg:grid-cols-[16rem_1fr]">
      <div className="min-w-0 lg:col-start-2 lg:row-start-1">
        <BrowseToolbar
          state={state}
          onChange={update}
          onFocus={ensureIndex}
          activeFilterCount={activeFilterCount}
          filtersOpen={filtersOpen}
          onToggleFilters={() => setFiltersOpen((open) => !open)}
          t={t}
        />
      </div>
      <aside
        id="filters-panel"
        aria-label={t.filtersLabel}
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
          messages={messages.facets}
        />
      </aside>
      <div className="min-w-0 lg:col-start-2 lg:row-start-2">
        {ignored.length > 0 && (
          <p role="status" className="mt-3 rounded-md border border-border bg-bg-muted px-3 py-2 text-sm">
            {fill(t.ignored, { list: ignored.join(t.ignoredSeparator) })}
          </p>
        )}
        <ActiveFilters state={state} groups={groups} onChange={(next) => update(next)} messages={messages.chips} />
        <div className="mt-3">
          <CompareTray slugs={selected} onClear={clearSelection} />
        </div>
        <p aria-live="polite" className="mb-3 mt-3 text-sm text-fg-muted">
          {loadError
            ? loadError
            : results
              ? plural(locale, t.showing, total, { shown: number(results.length) })
              : showServerList
                ? plural(locale, t.serverList, total)
                : t.loading}
        </p>

        {showServerList && props.children}
        {nothingNamed && <NothingNamed query={state.q} t={t} />}
        {results && results.length > 0 && (
          <BrowseResults
            matchLabels={matchLabels}
            results={results.slice(0, shown)}
            modalities={props.modalities}
            selected={selected}
            onSelect={select}
            messages={messages.row}
          />
        )}
        {results && results.length > shown && (
          <button
            type="button"
            onClick={() => setShown((count) => count + PAGE)}
            className="mt-4 w-full rounded-md border border-border px-4 py-2 font-medium"
          >
            {fill(t.showMore, { count: number(Math.min(PAGE, results.length - shown)), remaining: number(results.length - shown) })}
          </button>
        )}
        {results && results.length === 0 && <BrowseEmpty query={state.q} filtered={activeFilterCount > 0} onReset={() => update(EMPTY_STATE)} t={t} />}
      </div>
    </div>
  );
}
