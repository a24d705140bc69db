import type { IndexEntry } from "@/lib/search-index";
import { CompareCheckbox } from "./compare/compare-checkbox";

type BrowseResultsProps = {
  results: IndexEntry[];
  modalityNames: Record<string, string>;
  kindLabels: Record<string, string>;
  selected: string[];
  onSelect: (slug: string, checked: boolean) => void;
};

const names = (slugs: string[], modalityNames: Record<string, string>) =>
  slugs.length ? slugs.map((slug) => modalityNames[slug] ?? slug).join(", ") : "Noise (unconditional)";

/** The filtered list, rendered in the browser from the compact index. */
export function BrowseResults({ results, modalityNames, kindLabels, selected, onSelect }: BrowseResultsProps) {
  return (
    <ul className="divide-y divide-border rounded-lg border border-border" data-testid="results">
      {results.map((entry) => (
        <li key={entry.slug} className="flex gap-3 px-4 py-3">
          <div className="min-w-0 flex-1">
            <a href={`/models/${entry.slug}`} className="font-semibold">
              {entry.name}
            </a>
            <span className="ml-2 text-sm text-fg-muted">
              {kindLabels[entry.kind]} · {entry.organizations.join(", ")} · {entry.year} ·{" "}
              <span className="whitespace-nowrap">
                <span className="sr-only">Input: </span>
                {names(entry.input, modalityNames)}
                <span aria-hidden="true"> → </span>
                <span className="sr-only">; output: </span>
                {names(entry.output, modalityNames)}
              </span>
            </span>
            <p className="mt-1 text-sm text-fg-muted">{entry.summary}</p>
          </div>
          <div className="shrink-0 pt-1">
            <CompareCheckbox slug={entry.slug} name={entry.name} checked={selected.includes(entry.slug)} onChange={onSelect} />
          </div>
        </li>
      ))}
    </ul>
  );
}
