import { modalityNames, type Catalog, type Entry } from "./catalog";
import { eraHref, organizationHref } from "./routes";
import { formatPartialDate } from "./dates";
import { formatCount, formatEraYears, formatModalityList, formatParameters } from "./format";
import { fill, formatNumber } from "@/lib/i18n/format-message";
import { LABELS } from "@/lib/i18n/labels";
import type { Locale } from "@/lib/i18n/locales";
import { entry as entryMessages } from "@/lib/i18n/messages/entry";
import type { Source } from "@/lib/content/schema";
import { deriveTasks } from "@/lib/search/tasks";

// The facts an entry page and a compare column show, each with the source that states it.
// Shaped once here so that both show the same values and the same citations.

/** A source as a numbered citation: the number is its place in the entry's source list. */
export type Citation = { id: string; number: number; title: string; url: string };

export type Fact = {
  key: string;
  label: string;
  text: string;
  /** Machine-readable date for <time>, when the fact is a date. */
  dateTime?: string;
  /** A link inside the site (the era on the timeline). */
  href?: string;
  /** Several links, one per value (organizations). */
  links?: { text: string; href: string }[];
  note?: string;
  citation?: Citation;
};

export function citationFor(sources: Source[], id: string | undefined): Citation | undefined {
  const index = id === undefined ? -1 : sources.findIndex((source) => source.id === id);
  if (index < 0) return undefined;
  const { title, url } = sources[index];
  return { id: sources[index].id, number: index + 1, title, url };
}

/** Every fact of an entry, in the order readers scan them; optional facts only when recorded. In the catalog's language. */
export function entryFacts(entry: Entry, catalog: Catalog): Fact[] {
  const locale = catalog.locale;
  const labels = LABELS[locale];
  const { facts: label, values: t } = entryMessages[locale];
  const cite = (id: string | undefined) => citationFor(entry.sources, id);
  const names = modalityNames(catalog);
  const era = catalog.eras.find((candidate) => candidate.slug === entry.era);
  const facts: Fact[] = [
    { key: "kind", label: label.kind, text: labels.kind[entry.kind] },
    {
      key: "organizations",
      label: label.organizations,
      text: entry.organizationNames.join(t.listSeparator),
      links: entry.organizations.map((slug, i) => ({ text: entry.organizationNames[i], href: organizationHref(slug) })),
    },
    "reason" in entry.released
      ? { key: "released", label: label.released, text: t.unknown, note: entry.released.reason, citation: cite(entry.released.source) }
      : {
          key: "released",
          label: label.released,
          text: formatPartialDate(entry.released.date, locale),
          dateTime: entry.released.date,
          note: entry.released.note,
          citation: cite(entry.released.source),
        },
    era
      ? { key: "era", label: label.era, text: fill(t.eraWithYears, { name: era.name, years: formatEraYears(era, locale) }), href: eraHref(era.slug) }
      : { key: "era", label: label.era, text: entry.year === null ? t.unknown : t.beforeEras },
    { key: "input", label: label.input, text: formatModalityList(entry.modalities.input, names, locale) },
    { key: "output", label: label.output, text: formatModalityList(entry.modalities.output, names, locale) },
    {
      key: "tasks",
      label: label.tasks,
      text: deriveTasks(entry.modalities.input, entry.modalities.output, entry.keywords, locale).map((task) => task.label).join(t.listSeparator) || t.noTasks,
    },
    { key: "architecture", label: label.architecture, text: labels.architecture[entry.architecture] },
    {
      key: "parameters",
      label: label.parameters,
      text: formatParameters(entry.parameters, locale),
      note: entry.parameters.note,
      citation: cite(entry.parameters.source),
    },
    { key: "openWeights", label: label.weights, text: labels.openWeights[entry.openWeights] },
  ];
  if (entry.licence) {
    const text = entry.licence.id === "other" && "name" in entry.licence ? entry.licence.name : entry.licence.id === "proprietary" ? t.proprietary : entry.licence.id;
    facts.push({ key: "licence", label: label.licence, text, note: entry.licence.note, citation: cite(entry.licence.source) });
  }
  if (entry.contextWindow) {
    const { tokens } = entry.contextWindow;
    facts.push({
      key: "contextWindow",
      label: label.contextWindow,
      text: tokens === "undisclosed" ? t.undisclosed : fill(t.contextTokens, { count: formatNumber(locale, tokens) }),
      note: entry.contextWindow.note,
      citation: cite(entry.contextWindow.source),
    });
  }
  if (entry.trainingData) {
    const data = entry.trainingData;
    const text =
      data.amount === "undisclosed"
        ? t.undisclosed
        : fill(t.trainingData, { amount: formatCount(data.amount, locale), unit: "unit" in data ? labels.trainingDataUnit[data.unit] : "" });
    facts.push({ key: "trainingData", label: label.trainingData, text, note: data.note, citation: cite(data.source) });
  }
  if (entry.trainingCompute) {
    const { value } = entry.trainingCompute;
    facts.push({
      key: "trainingCompute",
      label: label.trainingCompute,
      text: value === "undisclosed" ? t.undisclosed : `${value.toExponential(1).replace("e+", " × 10^")} FLOP`,
      note: entry.trainingCompute.note,
      citation: cite(entry.trainingCompute.source),
    });
  }
  facts.push({ key: "verified", label: label.verified, text: formatPartialDate(entry.verified, locale), dateTime: entry.verified });
  return facts;
}

export type VariantRow = { name: string; released?: string; parameters?: string; note?: string; citation?: Citation };

export function entryVariants(entry: Entry, locale: Locale = "en"): VariantRow[] {
  const t = entryMessages[locale].values;
  return entry.variants.map((variant) => ({
    name: variant.name,
    released: variant.released,
    parameters:
      variant.parameters === undefined
        ? undefined
        : typeof variant.parameters === "number"
          ? formatCount(variant.parameters, locale)
          : fill(t.variantParameters, { total: formatCount(variant.parameters.total, locale), active: formatCount(variant.parameters.active, locale) }),
    note: variant.note,
    citation: citationFor(entry.sources, variant.source),
  }));
}
