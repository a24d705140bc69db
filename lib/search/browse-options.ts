import { getCatalog, modalityNames, type Catalog } from "@/lib/catalog";
import { messagesFor } from "@/lib/i18n/messages";
import { facetGroups, perFacet, type FacetKey } from "@/lib/search/facets";
import { createBrowser } from "@/lib/search/browse";
import { EMPTY_STATE } from "@/lib/search/browse-state";
import { buildSearchIndex } from "@/lib/search/search-index";
import type { AllowedValues } from "@/lib/search/browse-state";

/**
 * The small, serializable facet tables /models hands to its client component, in the catalog's
 * language (catalogIn(locale)): legends and option labels translated, option values the same in
 * every language, so a filter link keeps its meaning across the language switch.
 */
export function browseOptions(catalog: Catalog) {
  const index = catalog.locale === "en" ? buildSearchIndex(catalog) : buildSearchIndex(catalog, getCatalog());
  const t = messagesFor(catalog.locale).browse.facets;
  const organizationNames = new Map<string, string>();
  for (const entry of index) entry.organizationKeys?.forEach((key, i) => organizationNames.set(key, entry.organizations[i]));
  const groups = facetGroups(
    index,
    { modalityNames: modalityNames(catalog), locale: catalog.locale, noInput: t.noInput, organizationNames },
    catalog.modalities.map((modality) => modality.slug),
    t.legends,
  );
  const allowed: AllowedValues = perFacet((key) => groups.find((group) => group.key === key)?.options.map((option) => option.value) ?? []);
  // The unfiltered view's counts, so the facet panel has them in its first HTML, before the index loads.
  const browser = createBrowser(index, catalog.locale);
  const initialCounts = perFacet((key: FacetKey) =>
    Object.fromEntries(browser.counts(EMPTY_STATE, key, groups.find((group) => group.key === key)?.options.map((option) => option.value) ?? [])),
  );
  const years = catalog.entries.flatMap((entry) => (entry.year === null ? [] : [entry.year]));
  return {
    groups,
    allowed,
    initialCounts,
    modalities: catalog.modalities.map(({ slug, name }) => ({ slug, name })),
    eras: catalog.eras.map(({ slug, name, start, end }) => ({ slug, name, start, end })),
    yearBounds: { min: Math.min(...years), max: Math.max(...years) },
  };
}
