import type { IndexEntry } from "@/lib/search/search-index";
import { ARCHITECTURES, ENTRY_KINDS, OPEN_WEIGHTS } from "@/lib/content/vocabulary";
import { LABELS } from "@/lib/i18n/labels";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";

// Every /models facet is declared once, here: its URL key, how several chosen values
// combine, which values an entry has, and how options are ordered and labelled. The browse state,
// URL parsing and serializing, matching, counts, the facet panel and the active-filter chips are
// all derived from this table; legends come from the page's messages (lib/i18n/messages/browse.ts).
// Client-safe: no zod, no Node.

/** What option labels need: the language, and the catalog's names of modalities and organizations. */
export type FacetContext = {
  modalityNames: ReadonlyMap<string, string>;
  /** Omitted: English. */
  locale?: Locale;
  /** The label of the input option "none" (generates from noise). */
  noInput?: string;
  /** Organization filter value (English name) → the name in the page's language. */
  organizationNames?: ReadonlyMap<string, string>;
};

type FacetDefinition = {
  /** URL query parameter. */
  param: string;
  /** "any": an entry matches if it has one of the chosen values; "all": it must have every one. */
  combine: "any" | "all";
  /** Shown as a group in the facet panel (modality stays a URL and chip-only filter). */
  inPanel: boolean;
  valuesOf: (entry: IndexEntry) => readonly string[];
  label: (value: string, context: FacetContext) => string;
  /** Fixed order of the options; omitted: by label, alphabetically. */
  order?: readonly string[];
};

const modalityLabel = (value: string, { modalityNames, noInput }: FacetContext) =>
  value === "none" ? (noInput ?? "Nothing (generates from noise)") : (modalityNames.get(value) ?? value);

const countryNames = new Map<Locale, Intl.DisplayNames | null>();
function countryLabel(value: string, { locale = "en" }: FacetContext): string {
  if (!countryNames.has(locale)) {
    const tag = locale === "en" ? "en" : INTL_LOCALE[locale];
    countryNames.set(locale, typeof Intl.DisplayNames === "function" ? new Intl.DisplayNames([tag], { type: "region" }) : null);
  }
  return countryNames.get(locale)?.of(value) ?? value;
}

export const FACETS = {
  output: {
    param: "out",
    combine: "all",
    inPanel: true,
    valuesOf: (entry) => entry.output,
    label: modalityLabel,
  },
  input: {
    param: "in",
    combine: "all",
    inPanel: true,
    valuesOf: (entry) => (entry.input.length === 0 ? ["none"] : entry.input),
    label: modalityLabel,
  },
  modality: {
    param: "modality",
    combine: "any",
    inPanel: false,
    valuesOf: (entry) => entry.modalitySlugs,
    label: modalityLabel,
  },
  kind: {
    param: "kind",
    combine: "any",
    inPanel: true,
    valuesOf: (entry) => [entry.kind],
    label: (value, { locale = "en" }) => LABELS[locale].kind[ENTRY_KINDS.find((kind) => kind === value) ?? "model"],
    order: ENTRY_KINDS,
  },
  arch: {
    param: "arch",
    combine: "any",
    inPanel: true,
    valuesOf: (entry) => [entry.architecture],
    label: (value, { locale = "en" }) => LABELS[locale].architecture[ARCHITECTURES.find((arch) => arch === value) ?? "other"],
    order: ARCHITECTURES,
  },
  open: {
    param: "open",
    combine: "any",
    inPanel: true,
    valuesOf: (entry) => [entry.openWeights],
    label: (value, { locale = "en" }) => LABELS[locale].openWeights[OPEN_WEIGHTS.find((open) => open === value) ?? "not-applicable"],
    order: OPEN_WEIGHTS,
  },
  country: {
    param: "country",
    combine: "any",
    inPanel: true,
    valuesOf: (entry) => entry.countries,
    label: countryLabel,
  },
  org: {
    param: "org",
    combine: "any",
    inPanel: true,
    // The English names (a Chinese index keeps them apart), so filter links mean the same in both languages.
    valuesOf: (entry) => entry.organizationKeys ?? entry.organizations,
    label: (value, { organizationNames }) => organizationNames?.get(value) ?? value,
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

/**
 * The options of every facet: the values some entry has, ordered and labelled as declared, under
 * the given legends. Chinese labels sort in pinyin order.
 */
export function facetGroups(
  index: readonly IndexEntry[],
  context: FacetContext,
  modalityOrder: readonly string[],
  legends: Record<FacetKey, string>,
): FacetGroup[] {
  const collator = context.locale && context.locale !== "en" ? new Intl.Collator(INTL_LOCALE[context.locale]) : null;
  const compare = (a: string, b: string) => (collator ? collator.compare(a, b) : a.localeCompare(b));
  return FACET_KEYS.map((key) => {
    const facet: FacetDefinition = FACETS[key];
    const present = new Set(index.flatMap((entry) => facet.valuesOf(entry)));
    const order = facet.order ?? (facet.label === modalityLabel ? [...modalityOrder, "none"] : undefined);
    const values = order
      ? order.filter((value) => present.has(value))
      : [...present].sort((a, b) => compare(facet.label(a, context), facet.label(b, context)));
    return { key, legend: legends[key], combine: facet.combine, inPanel: facet.inPanel, options: values.map((value) => ({ value, label: facet.label(value, context) })) };
  });
}
