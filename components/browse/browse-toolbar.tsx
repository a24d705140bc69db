"use client";

import { SORTS, type BrowseState } from "@/lib/search/browse-state";
import { effectiveSort } from "@/lib/search/browse";
import { fill } from "@/lib/i18n/format-message";
import type { HistoryMode } from "../hooks/use-url-state";
import type { BrowserMessages } from "./browse-messages";

type BrowseToolbarProps = {
  state: BrowseState;
  onChange: (next: BrowseState, mode?: HistoryMode) => void;
  /** Called when the search box gets focus: the index is needed soon. */
  onFocus: () => void;
  activeFilterCount: number;
  filtersOpen: boolean;
  onToggleFilters: () => void;
  t: BrowserMessages;
};

/** The search box, the sort order and (on phones) the button that opens the filters. */
export function BrowseToolbar({ state, onChange, onFocus, activeFilterCount, filtersOpen, onToggleFilters, t }: BrowseToolbarProps) {
  return (
    <div className="flex flex-wrap items-end gap-3" role="search">
      <label className="flex min-w-0 flex-1 flex-col gap-1 font-medium">
        {t.searchLabel}
        <input
          type="search"
          name="q"
          data-page-search
          value={state.q}
          placeholder={t.searchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          onFocus={onFocus}
          // Typing replaces the history entry; choosing a filter pushes one, so Back undoes it.
          onChange={(event) => onChange({ ...state, q: event.target.value }, "replace")}
          onKeyDown={(event) => {
            if (event.key === "Escape") onChange({ ...state, q: "" }, "replace");
          }}
          className="rounded-md border border-border bg-bg px-3 py-2 text-base font-normal"
        />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t.sortLabel}
        <select
          name="sort"
          value={effectiveSort(state)}
          onChange={(event) => onChange({ ...state, sort: SORTS.find((sort) => sort === event.target.value) ?? null })}
          className="rounded-md border border-border bg-bg px-2 py-2"
        >
          {SORTS.filter((sort) => sort !== "relevance" || state.q.trim()).map((sort) => (
            <option key={sort} value={sort}>
              {t.sorts[sort]}
            </option>
          ))}
        </select>
      </label>
      {/* On phones the filters are a disclosure at the top, not a long column below the results. */}
      <button
        type="button"
        aria-expanded={filtersOpen}
        aria-controls="filters-panel"
        onClick={onToggleFilters}
        className="rounded-md border border-border px-3 py-2 text-sm font-medium lg:hidden"
      >
        {fill(t.filtersButton, { count: activeFilterCount })}
      </button>
    </div>
  );
}
