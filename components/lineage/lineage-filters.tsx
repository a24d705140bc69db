import Link from "@/components/intent-link";
import type { Modality } from "@/lib/catalog";
import { getMessages } from "@/lib/i18n/messages";
import { LINEAGE_RELATION_FILTERS, lineageHref, type LineageRelationFilter } from "@/lib/lineage/lineage";

type Props = { modalities: Pick<Modality, "slug" | "name">[]; modality: string | null; relation: LineageRelationFilter };

/** Filters as plain links to static pages: they work without JavaScript and can be shared. */
export function LineageFilters({ modalities, modality, relation }: Props) {
  const t = getMessages().lineage.filters;
  const pill = (active: boolean) =>
    `rounded-full border px-3 py-1 text-sm no-underline ${active ? "border-accent bg-accent text-accent-fg" : "border-border"}`;
  return (
    <div className="space-y-3">
      <nav aria-label={t.modalityNav}>
        <p className="mb-1 text-sm font-medium">{t.modalityLabel}</p>
        <ul className="flex flex-wrap gap-2">
          {[{ slug: null, name: t.allModalities }, ...modalities].map((option) => (
            <li key={option.slug ?? "all"}>
              <Link href={lineageHref(option.slug, relation)} prefetch={false} className={pill(option.slug === modality)} aria-current={option.slug === modality ? "page" : undefined}>
                {option.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label={t.relationNav}>
        <p className="mb-1 text-sm font-medium">{t.relationLabel}</p>
        <ul className="flex flex-wrap gap-2">
          {LINEAGE_RELATION_FILTERS.map((option) => (
            <li key={option}>
              <Link href={lineageHref(modality, option)} prefetch={false} className={pill(option === relation)} aria-current={option === relation ? "page" : undefined}>
                {t.relations[option]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
