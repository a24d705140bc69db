"use client";

import { fill } from "@/lib/i18n/format-message";
import type { BrowserMessages } from "./browse-messages";

type Props = { query: string; filtered: boolean; onReset: () => void; t: BrowserMessages };

/** What /models says when nothing matches: why, what to try, and a way back to the whole list. */
export function BrowseEmpty({ query, filtered, onReset, t }: Props) {
  const q = query.trim();
  return (
    <div className="rounded-lg border border-border p-6 text-center">
      <p className="text-lg font-semibold">
        {filtered ? (q ? fill(t.noMatchFiltered, { query: q }) : t.noMatchFilters) : fill(t.nothingNamed, { query: q })}
      </p>
      <p className="mt-2 text-fg-muted">{filtered ? t.removeFilter : t.checkSpelling}</p>
      <button type="button" onClick={onReset} className="mt-4 rounded-md bg-accent px-4 py-2 font-medium text-accent-fg">
        {filtered ? t.clearEverything : t.showAll}
      </button>
    </div>
  );
}

/** Said above the alternatives when no entry is named like the query. */
export function NothingNamed({ query, t }: { query: string; t: BrowserMessages }) {
  return (
    <div className="mb-3 rounded-md border border-border bg-bg-muted px-3 py-2">
      <p className="font-semibold break-words">{fill(t.nothingNamed, { query: query.trim() })}</p>
      <p className="text-sm text-fg-muted">{t.alternativesFollow}</p>
    </div>
  );
}
