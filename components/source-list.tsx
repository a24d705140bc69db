import { citationAnchor } from "@/lib/markdown";
import type { Source } from "@/lib/content/schema";
import { fill } from "@/lib/i18n/format-message";
import { getMessages } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { textLanguage } from "@/lib/i18n/text-language";

type SourceListProps = {
  sources: Source[];
  /** How often the prose cites each source id: each citation gets a link back up to it. */
  citations?: Map<string, number>;
};

/** The numbered source list that fact-box and prose citations link to (Wikipedia style). */
export function SourceList({ sources, citations = new Map() }: SourceListProps) {
  const t = getMessages().entry.sources;
  const locale = requestLocale();
  return (
    <ol className="list-decimal space-y-1 pl-6">
      {sources.map((source) => {
        const count = citations.get(source.id) ?? 0;
        return (
          <li key={source.id} id={`source-${source.id}`} className="target:bg-mark">
            {count > 0 && (
              <span className="mr-1 text-sm">
                {Array.from({ length: count }, (_, i) => (
                  <a key={i} href={`#${citationAnchor(source.id, i + 1)}`} aria-label={fill(t.backToCitation, { number: i + 1 })} className="mr-0.5">
                    {count === 1 ? "↑" : `↑${String.fromCharCode(97 + (i % 26))}`}
                  </a>
                ))}
              </span>
            )}
            <a href={source.url} rel="noopener noreferrer" lang={textLanguage(source.title, locale)} className="underline">
              {source.title}
            </a>{" "}
            <span className="text-sm break-all text-fg-muted">
              {fill(t.details, { details: [source.publisher, new URL(source.url).hostname, source.date].filter(Boolean).join(t.detailsSeparator) })}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
