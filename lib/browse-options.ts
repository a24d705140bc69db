import type { Catalog } from "./catalog";
import { ARCHITECTURES, ENTRY_KINDS, OPEN_WEIGHTS } from "./schema";
import { ARCHITECTURE_LABELS, KIND_LABELS, OPEN_WEIGHTS_LABELS } from "./format";

/** The small, serializable facet tables /models hands to its client component. */
export function browseOptions(catalog: Catalog) {
  const used = <T extends string>(values: readonly T[], pick: (entry: Catalog["entries"][number]) => string) =>
    values.filter((value) => catalog.entries.some((entry) => pick(entry) === value));
  const organizations = [...new Set(catalog.entries.flatMap((entry) => entry.organizationNames))].sort((a, b) =>
    a.localeCompare(b),
  );
  const years = catalog.entries.flatMap((entry) => (entry.year === null ? [] : [entry.year]));
  return {
    groups: [
      { key: "modality" as const, legend: "Modality", options: catalog.modalities.map((m) => ({ value: m.slug, label: m.name })) },
      { key: "kind" as const, legend: "Kind", options: used(ENTRY_KINDS, (e) => e.kind).map((k) => ({ value: k, label: KIND_LABELS[k] })) },
      { key: "arch" as const, legend: "Architecture", options: used(ARCHITECTURES, (e) => e.architecture).map((a) => ({ value: a, label: ARCHITECTURE_LABELS[a] })) },
      { key: "open" as const, legend: "Weights", options: used(OPEN_WEIGHTS, (e) => e.openWeights).map((o) => ({ value: o, label: OPEN_WEIGHTS_LABELS[o] })) },
      { key: "org" as const, legend: "Organization", options: organizations.map((org) => ({ value: org, label: org })) },
    ],
    allowed: { modalities: catalog.modalities.map((m) => m.slug), organizations },
    modalities: catalog.modalities.map(({ slug, name }) => ({ slug, name })),
    eras: catalog.eras.map(({ slug, name, start, end }) => ({ slug, name, start, end })),
    yearBounds: { min: Math.min(...years), max: Math.max(...years) },
  };
}
