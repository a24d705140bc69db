import { datedEntries, type Catalog } from "./catalog";

// What the catalog covers, counted from the data for the About page, so the note cannot go stale.

export type CoverageRow = { year: number; total: number; byOutput: Record<string, number> };

export type Coverage = {
  total: number;
  undated: number;
  /** Entries at least one of whose organizations is based in China. */
  fromChina: number;
  organizations: number;
  countries: number;
  /** Media modalities that can be an output, in display order. */
  outputs: { slug: string; name: string }[];
  rows: CoverageRow[];
};

export function catalogCoverage(catalog: Catalog): Coverage {
  const outputs = catalog.modalities.filter((modality) => modality.type === "medium").map(({ slug, name }) => ({ slug, name }));
  const byYear = new Map<number, CoverageRow>();
  for (const entry of datedEntries(catalog)) {
    const row = byYear.get(entry.year) ?? { year: entry.year, total: 0, byOutput: Object.fromEntries(outputs.map(({ slug }) => [slug, 0])) };
    row.total += 1;
    for (const output of new Set(entry.modalities.output)) row.byOutput[output] = (row.byOutput[output] ?? 0) + 1;
    byYear.set(entry.year, row);
  }
  return {
    total: catalog.entries.length,
    undated: catalog.entries.length - datedEntries(catalog).length,
    fromChina: catalog.entries.filter((entry) => entry.countries.includes("CN")).length,
    organizations: catalog.organizations.length,
    countries: new Set(catalog.organizations.flatMap((organization) => (organization.country ? [organization.country] : []))).size,
    outputs,
    rows: [...byYear.values()].sort((a, b) => a.year - b.year),
  };
}
