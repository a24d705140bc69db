import Link from "next/link";
import type { Catalog, Entry } from "@/lib/catalog";
import { incomingRelations, getEntry } from "@/lib/catalog";
import { RELATION_LABELS } from "@/lib/format";

/** Outgoing relations from the front matter, and the entries that point back at this one. */
export function EntryRelations({ entry, catalog }: { entry: Entry; catalog: Catalog }) {
  const links = [
    ...entry.related.map((relation) => ({
      label: RELATION_LABELS[relation.type].outgoing,
      target: getEntry(relation.slug, catalog)!,
    })),
    ...incomingRelations(entry.slug, catalog).map(({ from, type }) => ({
      label: RELATION_LABELS[type].incoming,
      target: from,
    })),
  ];
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-8">
      <h2 id="related-heading" className="mb-2 text-xl font-semibold">
        Related entries
      </h2>
      <ul className="space-y-1">
        {links.map(({ label, target }) => (
          <li key={`${label}-${target.slug}`}>
            <span className="text-fg-muted">{label}:</span> <Link href={`/models/${target.slug}`}>{target.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
