import Link from "@/components/intent-link";
import type { Modality } from "@/lib/catalog";
import { LINEAGE_RELATION_FILTER_LABELS, LINEAGE_RELATION_FILTERS, lineageHref, type LineageRelationFilter } from "@/lib/lineage/lineage";

type Props = { modalities: Pick<Modality, "slug" | "name">[]; modality: string | null; relation: LineageRelationFilter };

/** Filters as plain links to static pages: they work without JavaScript and can be shared. */
export function LineageFilters({ modalities, modality, relation }: Props) {
  const pill = (active: boolean) =>
    `rounded-full border px-3 py-1 text-sm no-underline ${active ? "border-accent bg-accent text-accent-fg" : "border-border"}`;
  return (
    <div className="space-y-3">
      <nav aria-label="Filter by modality">
        <p className="mb-1 text-sm font-medium">Families with an entry in</p>
        <ul className="flex flex-wrap gap-2">
          {[{ slug: null, name: "All modalities" }, ...modalities].map((option) => (
            <li key={option.slug ?? "all"}>
              <Link href={lineageHref(option.slug, relation)} prefetch={false} className={pill(option.slug === modality)} aria-current={option.slug === modality ? "page" : undefined}>
                {option.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label="Filter by relation">
        <p className="mb-1 text-sm font-medium">Lines drawn for</p>
        <ul className="flex flex-wrap gap-2">
          {LINEAGE_RELATION_FILTERS.map((option) => (
            <li key={option}>
              <Link href={lineageHref(modality, option)} prefetch={false} className={pill(option === relation)} aria-current={option === relation ? "page" : undefined}>
                {LINEAGE_RELATION_FILTER_LABELS[option]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
