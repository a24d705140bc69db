"use client";

import { useId, useMemo, useState } from "react";
import { MAX_COMPARED } from "@/lib/compare";
import { searchIndex } from "@/lib/search";
import type { IndexEntry } from "@/lib/search-index";

type CompareAddProps = {
  index: IndexEntry[];
  selected: readonly string[];
  onAdd: (slug: string) => void;
};

const SHOWN = 6;

/** Adds an entry by name, matching exactly as /models does; Enter takes the best match. */
export function CompareAdd({ index, selected, onAdd }: CompareAddProps) {
  const [query, setQuery] = useState("");
  const id = useId();
  const full = selected.length >= MAX_COMPARED;
  const matches = useMemo(
    () => searchIndex(index, query).filter((entry) => !selected.includes(entry.slug)).slice(0, SHOWN),
    [index, query, selected],
  );

  const add = (slug: string) => {
    onAdd(slug);
    setQuery("");
    document.getElementById(`${id}-input`)?.focus();
  };

  return (
    <div className="max-w-xl">
      <label htmlFor={`${id}-input`} className="block font-medium">
        Add an entry
      </label>
      <input
        id={`${id}-input`}
        data-compare-add
        type="search"
        value={query}
        disabled={full}
        aria-describedby={`${id}-hint`}
        placeholder={full ? "" : "GPT-4, dalle, palm e…"}
        autoComplete="off"
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && matches[0]) add(matches[0].slug);
          if (event.key === "Escape") setQuery("");
        }}
        className="mt-1 w-full rounded-md border border-border bg-bg px-2 py-1 disabled:opacity-60"
      />
      <p id={`${id}-hint`} className="mt-1 text-sm text-fg-muted">
        {full ? `Compare holds ${MAX_COMPARED} entries; remove one to add another.` : "Type a name or alias, then pick a match."}
      </p>
      <p role="status" className="sr-only">
        {query.trim() && !full ? `${matches.length} ${matches.length === 1 ? "match" : "matches"}` : ""}
      </p>
      {query.trim() !== "" && !full && (
        <ul aria-label="Matching entries" className="mt-2 divide-y divide-border rounded-md border border-border">
          {matches.length === 0 && <li className="px-3 py-2 break-words text-fg-muted">No entry matches “{query}”.</li>}
          {matches.map((entry) => (
            <li key={entry.slug}>
              <button type="button" onClick={() => add(entry.slug)} className="w-full px-3 py-2 text-left hover:bg-bg-muted">
                <span className="sr-only">Add </span>
                <span className="font-medium">{entry.name}</span>
                <span className="text-sm text-fg-muted">
                  {" "}· {entry.organizations.join(", ")} · {entry.year ?? "date unknown"}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
