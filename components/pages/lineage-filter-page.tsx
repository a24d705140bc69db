import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/page-metadata";
import { notFound } from "next/navigation";
import { LineageIntro } from "@/components/lineage/lineage-intro";
import { LineageView } from "@/components/lineage/lineage-view";
import { catalogIn } from "@/lib/catalog";
import { isLineageRelationFilter, lineageHref } from "@/lib/lineage/lineage";
import { fill } from "@/lib/i18n/format-message";
import { messagesFor } from "@/lib/i18n/messages";
import { descentFamilies, filteredFamilies, filterParams } from "@/lib/lineage/lineage-pages";

type Props = { locale: Locale; params: Promise<{ modality: string; relation: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return filterParams();
}

function resolve(modality: string, relation: string, locale: Locale) {
  const catalog = catalogIn(locale);
  const found = catalog.modalities.find((candidate) => candidate.slug === modality);
  if ((modality !== "all" && !found) || !isLineageRelationFilter(relation)) return undefined;
  const t = messagesFor(locale).lineage;
  const label = [found?.name, t.filters.relations[relation]].filter(Boolean).join(t.filterSeparator);
  return { catalog, modality: found?.slug ?? null, relation, label };
}

export async function generateMetadata({ locale, params }: Props): Promise<Metadata> {
  const { modality, relation } = await params;
  const filter = resolve(modality, relation, locale);
  if (!filter) return {};
  const t = messagesFor(locale).lineage;
  return pageMetadata({
    locale,
    title: fill(t.filteredTitle, { filter: filter.label }),
    description: fill(t.filteredDescription, { filter: filter.label }),
    path: lineageHref(filter.modality, filter.relation),
  });
}

export default async function LineageFilterPage({ locale, params }: Props) {
  setRequestLocale(locale);
  const { modality, relation } = await params;
  const filter = resolve(modality, relation, locale);
  if (!filter) notFound();
  const pages = new Set(descentFamilies(filter.catalog).map((family) => family.id));
  return (
    <article>
      <LineageIntro filter={filter.label} />
      <LineageView
        families={filteredFamilies(filter.modality, filter.relation, filter.catalog)}
        modalities={filter.catalog.modalities}
        modality={filter.modality}
        relation={filter.relation}
        familyPages={pages}
      />
    </article>
  );
}
