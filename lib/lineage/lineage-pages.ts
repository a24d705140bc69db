import { getCatalog, type Catalog } from "@/lib/catalog";
import { familiesWithModality, lineageFamilies, LINEAGE_RELATION_FILTERS, relationTypesFor, type Family, type LineageRelationFilter } from "@/lib/lineage/lineage";

// Build-time data for the /lineage routes, computed once per catalog.

const cache = new WeakMap<Catalog, Map<LineageRelationFilter, Family[]>>();

/** The families for one relation filter, computed once per catalog and shared by every page that shows them. */
function familiesFor(relation: LineageRelationFilter, catalog: Catalog): Family[] {
  let byRelation = cache.get(catalog);
  if (!byRelation) cache.set(catalog, (byRelation = new Map()));
  let families = byRelation.get(relation);
  if (!families) byRelation.set(relation, (families = lineageFamilies(catalog, relationTypesFor(relation))));
  return families;
}

/** The families of the default view (descent); each has a page at /lineage/family/<id>. */
export function descentFamilies(catalog: Catalog = getCatalog()): Family[] {
  return familiesFor("descent", catalog);
}

export function filteredFamilies(modality: string | null, relation: LineageRelationFilter, catalog: Catalog = getCatalog()): Family[] {
  return familiesWithModality(familiesFor(relation, catalog), modality);
}

/** Every filter page but the default, which is /lineage itself. */
export function filterParams(catalog: Catalog = getCatalog()): { modality: string; relation: string }[] {
  const modalities = ["all", ...catalog.modalities.map((modality) => modality.slug)];
  return modalities.flatMap((modality) =>
    LINEAGE_RELATION_FILTERS.filter((relation) => !(modality === "all" && relation === "descent")).map((relation) => ({ modality, relation })),
  );
}
