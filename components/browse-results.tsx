"use client";

import type { Modality } from "@/lib/catalog";
import type { IndexEntry } from "@/lib/search/search-index";
import { CompareCheckbox } from "./compare/compare-checkbox";
import { EntryRow } from "./entry-row";
import { useLocale } from "./i18n/locale-provider";
import type { RowMessages } from "./browse/browse-messages";

type BrowseResultsProps = {
  results: IndexEntry[];
  modalities: Pick<Modality, "slug" | "name">[];
  selected: string[];
  onSelect: (slug: string, checked: boolean) => void;
  /** Per slug, how an alternative matched the query; named matches have none. */
  matchLabels?: Map<string, string>;
  messages: RowMessages;
};

/** The filtered list, rendered in the browser from the compact index. */
export function BrowseResults({ results, modalities, selected, onSelect, matchLabels, messages }: BrowseResultsProps) {
  const locale = useLocale();
  return (
    <ul className="divide-y divide-border rounded-lg border border-border" data-testid="results">
      {results.map((entry) => (
        <EntryRow
          key={entry.slug}
          entry={entry}
          modalities={modalities}
          locale={locale}
          messages={messages}
          matchLabel={matchLabels?.get(entry.slug)}
          action={<CompareCheckbox slug={entry.slug} name={entry.name} checked={selected.includes(entry.slug)} onChange={onSelect} />}
        />
      ))}
    </ul>
  );
}
