import type { Citation } from "@/lib/entry-facts";
import { fill } from "@/lib/i18n/format-message";
import { getMessages } from "@/lib/i18n/messages";

/** "[2]" after a sourced value: a link to that source in the entry's numbered source list. */
export function CitationMark({ citation }: { citation: Citation }) {
  const t = getMessages().entry.sources;
  return (
    <sup className="ml-0.5">
      <a href={`#source-${citation.id}`} aria-label={fill(t.citation, { number: citation.number, title: citation.title })}>
        [{citation.number}]
      </a>
    </sup>
  );
}
