import Link from "@/components/intent-link";
import type { Catalog, Entry } from "@/lib/catalog";
import { relatedEntries } from "@/lib/catalog";
import { formatPartialDate } from "@/lib/dates";
import { citationFor } from "@/lib/entry-facts";
import { fill } from "@/lib/i18n/format-message";
import { messagesFor } from "@/lib/i18n/messages";
import { entryHref } from "@/lib/routes";
import { CitationMark } from "./citation-mark";
import { fillNodes } from "@/components/rich-message";

/** Outgoing relations from the front matter, and the entries that point back at this one. */
export function EntryRelations({ entry, catalog }: { entry: Entry; catalog: Catalog }) {
  const links = relatedEntries(entry, catalog);
  if (links.length === 0) return null;
  const t = messagesFor(catalog.locale).entry.relations;
  return (
    <section aria-labelledby="related-heading" className="mt-8">
      <h2 id="related-heading" className="mb-2 text-xl font-semibold">
        {t.heading}
      </h2>
      <ul className="space-y-1">
        {links.map(({ label, entry: target, since, source }) => {
          const citation = citationFor(entry.sources, source);
          return (
            <li key={`${label}-${target.slug}`}>
              <span className="text-fg-muted">{fill(t.label, { label })}</span>
              {t.gap}
              <Link href={entryHref(target.slug)}>{target.name}</Link>
              {since && fillNodes(t.since, { date: <time dateTime={since}>{formatPartialDate(since, catalog.locale)}</time> })}
              {citation && <CitationMark citation={citation} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
