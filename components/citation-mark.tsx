import type { Citation } from "@/lib/entry-facts";

/** "[2]" after a sourced value: a link to that source in the entry's numbered source list. */
export function CitationMark({ citation }: { citation: Citation }) {
  return (
    <sup className="ml-0.5">
      <a href={`#source-${citation.id}`} aria-label={`Source ${citation.number}: ${citation.title}`}>
        [{citation.number}]
      </a>
    </sup>
  );
}
