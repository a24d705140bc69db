import type { IndexEntry } from "@/lib/search/search-index";
import { ARCHITECTURE_LABELS, KIND_LABELS, OPEN_WEIGHTS_LABELS } from "@/lib/format";
import { ARCHITECTURES, ENTRY_KINDS, OPEN_WEIGHTS } from "@/lib/content/vocabulary";

// Every /models facet is declared once, here: its URL key, its legend, how several chosen values
// combine, which values an entry has, and how options are ordered and labelled. The browse state,
// URL parsing and serializing, matching, counts, the facet panel and the active-filter chips are
// all derived from this table. Client-safe: no zod, no Node.

/** What option labels may need from the catalog: modality names. */
export type FacetContext = { modalityNames: ReadonlyMap<string, string> };

type FacetDefinition = {
  /** URL query parameter. */
  param: string;
  legend: string;
  /** "any": an entry matches if it has one of the chosen values; "all": it must have every one. */
  combine: "any" | "all";
  /** Shown as a group in the facet panel (modality stays a URL and chip-only filter). */
  inPanel: boolean;
  valuesOf: (entry: IndexEntry) => readonly string[];
  label: (value: string, context: FacetContext) => string;
  /** Fixed order of the options; omitted: by label, alphabetically. */
  order?: readonly string[];
};

const modalityLabel = (value: string, { modalityNames }: FacetContext) =>
  value === "none" ? "Nothing (generates from noise)" : (modalityNames.get(value) ?? value);

const countryNames = typeof Intl.DisplayNames === "function" ? new Intl.DisplayNames(["en"], { type: "region" }) : null;

export const FACETS = {
  output: {
    param: "out",
    legend: "Output: generates all of",
    combine: "all",
    inPanel: true,
    valuesOf: (entry) => entry.output,
    label: modalityLabel,
  },
  input: {
    param: "in",
    legend: "Input: takes all of",
    combine: "all",
    inPanel: true,
    valuesOf: (entry) => (entry.input.length === 0 ? ["none"] : entry.input),
    label: modalityLabel,
  },
  modality: {
    param: "modality",
    legend: "Modality (in or out)",
    combine: "any",
    inPanel: false,
    valuesOf: (entry) => entry.modalitySlugs,
    label: modalityLabel,
  },
  kind: {
    param: "kind",
    legend: "Kind",
    combine: "any",
    inPanel: true,
    valuesOf: (entry) => [entry.kind],
    label: (value) => KIND_LABELS[ENTRY_KINDS.find((kind) => kind === value) ?? "model"],
    order: ENTRY_KINDS,
  },
  arch: {
    param: "arch",
    legend: "Architecture",
    combine: "any",
    inPanel: true,
    valuesOf: (entry) => [entry.architecture],
    label: (value) => ARCHITECTURE_LABELS[ARCHITECTURES.find((arch) => arch === value) ?? "other"],
    order: ARCHITECTURES,
  },
  open: {
    param: "open",
    legend: "Weights",
    combine: "any",
    inPanel: true,
    valuesOf: (entry) => [entry.openWeights],
    label: (value) => OPEN_WEIGHTS_LABELS[OPEN_WEIGHTS.find((open) => open === value) ?? "not-applicable"],
    order: OPEN_WEIGHTS,
  },
  country: {
    param: "country",
    legend: "Country",
    combine: "any",
    inPanel: true,
    valuesOf: (entry) => entry.countries,
    label: (value) => countryNames?.of(value) ?? value,
  },
  org: {
    param: "org",
    legend: "Organization",
    combine: "any",
    inPanel: true,
    valuesOf: (entry) => entry.organizations,
    label: (value) => value,
  },
} satisfies Record<string, FacetDefinition>;

export type FacetKey = keyof typeof FACETS;
export const FACET_KEYS = Object.keys(FACETS) as FacetKey[];

/** A record with one value per facet, built by calling `make` for each key. */
export function perFacet<T>(make: (key: FacetKey) => T): Record<FacetKey, T> {
  const record: Partial<Record<FacetKey, T>> = {};
  for (const key of FACET_KEYS) record[key] = make(key);
  return record as Record<FacetKey, T>;
}

export type FacetOption = { value: string; label: string };
export type FacetGroup = { key: FacetKey; legend: string; combine: "any" | "all"; inPanel: boolean; options: FacetOption[] };

/** True when the entry satisfies the chosen values of one facet (no values: every entry does). */
export function matchesFacet(key: FacetKey, entry: IndexEntry, chosen: readonly string[]): boolean {
  if (chosen.length === 0) return true;
  const facet: FacetDefinition = FACETS[key];
  const values = facet.valuesOf(entry);
  return facet.combine === "all" ? chosen.every((value) => values.includes(value)) : chosen.some((value) => values.includes(value));
}

/** The options of every facet: the values some entry has, ordered and labelled as declared. */
export function facetGroups(index: readonly IndexEntry[], context: FacetContext, modalityOrder: readonly string[]): FacetGroup[] {
  return FACET_KEYS.map((key) => {
    const facet: FacetDefinition = FACETS[key];
    const present = new Set(index.flatMap((entry) => facet.valuesOf(entry)));
    const order = facet.order ?? (facet.label === modalityLabel ? [...modalityOrder, "none"] : undefined);
    const values = order
      ? order.filter((value) => present.has(value))
      : [...present].sort((a, b) => facet.label(a, context).localeCompare(facet.label(b, context)));
    return { key, legend: facet.legend, combine: facet.combine, inPanel: facet.inPanel, options: values.map((value) => ({ value, label: facet.label(value, context) })) };
  });
}
