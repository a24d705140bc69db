import { modalityNames, type Catalog } from "@/lib/catalog";
import { facetGroups, perFacet } from "@/lib/search/facets";
import { buildSearchIndex } from "@/lib/search/search-index";
import type { AllowedValues } from "@/lib/search/browse-state";

/** The small, serializable facet tables /models hands to its client component. */
export function browseOptions(catalog: Catalog) {
  const index = buildSearchIndex(catalog);
  const names = modalityNames(catalog);
  const groups = facetGroups(index, { modalityNames: names }, catalog.modalities.map((modality) => modality.slug));
  const allowed: AllowedValues = perFacet((key) => groups.find((group) => group.key === key)?.options.map((option) => option.value) ?? []);
  const years = catalog.entries.flatMap((entry) => (entry.year === null ? [] : [entry.year]));
  return {
    groups,
    allowed,
    modalities: catalog.modalities.map(({ slug, name }) => ({ slug, name })),
    eras: catalog.eras.map(({ slug, name, start, end }) => ({ slug, name, start, end })),
    yearBounds: { min: Math.min(...years), max: Math.max(...years) },
  };
}
