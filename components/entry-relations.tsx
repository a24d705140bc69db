import Link from "@/components/intent-link";
import type { Catalog, Entry } from "@/lib/catalog";
import { relatedEntries } from "@/lib/catalog";
import { formatPartialDate } from "@/lib/dates";
import { citationFor } from "@/lib/entry-facts";
import { entryHref } from "@/lib/routes";
import { CitationMark } from "./citation-mark";

/** Outgoing relations from the front matter, and the entries that point back at this one. */
export function EntryRelations({ entry, catalog }: { entry: Entry; catalog: Catalog }) {
  const links = relatedEntries(entry, catalog);
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-8">
      <h2 id="related-heading" className="mb-2 text-xl font-semibold">
        Related entries
      </h2>
      <ul className="space-y-1">
        {links.map(({ label, entry: target, since, source }) => {
          const citation = citationFor(entry.sources, source);
          return (
            <li key={`${label}-${target.slug}`}>
              <span className="text-fg-muted">{label}:</span> <Link href={entryHref(target.slug)}>{target.name}</Link>
              {since && (
                <>
                  {" "}
                  (since <time dateTime={since}>{formatPartialDate(since)}</time>)
                </>
              )}
              {citation && <CitationMark citation={citation} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
