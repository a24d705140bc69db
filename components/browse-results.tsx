import type { IndexEntry } from "@/lib/search-index";

type BrowseResultsProps = {
  results: IndexEntry[];
  modalityNames: Record<string, string>;
  kindLabels: Record<string, string>;
  selected: string[];
  onSelect: (slug: string) => void;
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
          <label className="flex shrink-0 items-start gap-1 pt-1 text-sm">
            <input type="checkbox" checked={selected.includes(entry.slug)} onChange={() => onSelect(entry.slug)} />
            <span>
              Compare<span className="sr-only"> {entry.name}</span>
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}
