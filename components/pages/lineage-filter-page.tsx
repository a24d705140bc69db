import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/page-metadata";
import { notFound } from "next/navigation";
import { LineageIntro } from "@/components/lineage/lineage-intro";
import { LineageView } from "@/components/lineage/lineage-view";
import { catalogIn } from "@/lib/catalog";
import { isLineageRelationFilter, LINEAGE_RELATION_FILTER_LABELS, lineageHref } from "@/lib/lineage/lineage";
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
  const label = [found?.name, LINEAGE_RELATION_FILTER_LABELS[relation]].filter(Boolean).join(", ");
  return { catalog, modality: found?.slug ?? null, relation, label };
}

export async function generateMetadata({ locale, params }: Props): Promise<Metadata> {
  const { modality, relation } = await params;
  const filter = resolve(modality, relation, locale);
  if (!filter) return {};
  return pageMetadata({
    locale,
    title: `Lineage: ${filter.label}`,
    description: `Families of generative AI${filter.label ? ` (${filter.label})` : ""}: who succeeded, was based on or is a variant of whom.`,
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
