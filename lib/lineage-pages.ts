import { getCatalog, type Catalog } from "./catalog";
import { familiesWithModality, lineageFamilies, LINEAGE_RELATION_FILTERS, relationTypesFor, type Family, type LineageRelationFilter } from "./lineage";

// Build-time data for the /lineage routes, computed once per catalog.

const descentCache = new WeakMap<Catalog, Family[]>();

/** The families of the default view (descent); each has a page at /lineage/family/<id>. */
export function descentFamilies(catalog: Catalog = getCatalog()): Family[] {
  let families = descentCache.get(catalog);
  if (!families) descentCache.set(catalog, (families = lineageFamilies(catalog)));
  return families;
}

export function filteredFamilies(modality: string | null, relation: LineageRelationFilter, catalog: Catalog = getCatalog()): Family[] {
  const families = relation === "descent" ? descentFamilies(catalog) : lineageFamilies(catalog, relationTypesFor(relation));
  return familiesWithModality(families, modality);
}

/** Every filter page but the default, which is /lineage itself. */
export function filterParams(catalog: Catalog = getCatalog()): { modality: string; relation: string }[] {
  const modalities = ["all", ...catalog.modalities.map((modality) => modality.slug)];
  return modalities.flatMap((modality) =>
    LINEAGE_RELATION_FILTERS.filter((relation) => !(modality === "all" && relation === "descent")).map((relation) => ({ modality, relation })),
  );
}
