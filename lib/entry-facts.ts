import { modalityNames, type Catalog, type Entry } from "./catalog";
import { eraHref, organizationHref } from "./routes";
import { formatPartialDate } from "./dates";
import {
  ARCHITECTURE_LABELS,
  KIND_LABELS,
  OPEN_WEIGHTS_LABELS,
  TRAINING_DATA_UNIT_LABELS,
  formatCount,
  formatEraYears,
  formatModalityList,
  formatParameters,
} from "./format";
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

/** Every fact of an entry, in the order readers scan them; optional facts only when recorded. */
export function entryFacts(entry: Entry, catalog: Catalog): Fact[] {
  const cite = (id: string | undefined) => citationFor(entry.sources, id);
  const names = modalityNames(catalog);
  const era = catalog.eras.find((candidate) => candidate.slug === entry.era);
  const facts: Fact[] = [
    { key: "kind", label: "Kind", text: KIND_LABELS[entry.kind] },
    {
      key: "organizations",
      label: "Organizations",
      text: entry.organizationNames.join(", "),
      links: entry.organizations.map((slug, i) => ({ text: entry.organizationNames[i], href: organizationHref(slug) })),
    },
    "reason" in entry.released
      ? { key: "released", label: "Released", text: "Unknown", note: entry.released.reason, citation: cite(entry.released.source) }
      : {
          key: "released",
          label: "Released",
          text: formatPartialDate(entry.released.date),
          dateTime: entry.released.date,
          note: entry.released.note,
          citation: cite(entry.released.source),
        },
    era
      ? { key: "era", label: "Era", text: `${era.name} (${formatEraYears(era)})`, href: eraHref(era.slug) }
      : { key: "era", label: "Era", text: entry.year === null ? "Unknown" : "Before the catalog's eras" },
    { key: "input", label: "Input", text: formatModalityList(entry.modalities.input, names) },
    { key: "output", label: "Output", text: formatModalityList(entry.modalities.output, names) },
    {
      key: "tasks",
      label: "Tasks",
      text: deriveTasks(entry.modalities.input, entry.modalities.output, entry.keywords).map((task) => task.label).join(", ") || "None named",
    },
    { key: "architecture", label: "Architecture", text: ARCHITECTURE_LABELS[entry.architecture] },
    { key: "parameters", label: "Parameters", text: formatParameters(entry.parameters), note: entry.parameters.note, citation: cite(entry.parameters.source) },
    { key: "openWeights", label: "Weights", text: OPEN_WEIGHTS_LABELS[entry.openWeights] },
  ];
  if (entry.licence) {
    const text = entry.licence.id === "other" && "name" in entry.licence ? entry.licence.name : entry.licence.id === "proprietary" ? "Proprietary" : entry.licence.id;
    facts.push({ key: "licence", label: "Licence", text, note: entry.licence.note, citation: cite(entry.licence.source) });
  }
  if (entry.contextWindow) {
    const { tokens } = entry.contextWindow;
    facts.push({
      key: "contextWindow",
      label: "Context window",
      text: tokens === "undisclosed" ? "Undisclosed" : `${tokens.toLocaleString("en")} tokens`,
      note: entry.contextWindow.note,
      citation: cite(entry.contextWindow.source),
    });
  }
  if (entry.trainingData) {
    const data = entry.trainingData;
    const text = data.amount === "undisclosed" ? "Undisclosed" : `${formatCount(data.amount)} ${"unit" in data ? TRAINING_DATA_UNIT_LABELS[data.unit] : ""}`;
    facts.push({ key: "trainingData", label: "Training data", text, note: data.note, citation: cite(data.source) });
  }
  if (entry.trainingCompute) {
    const { value } = entry.trainingCompute;
    facts.push({
      key: "trainingCompute",
      label: "Training compute",
      text: value === "undisclosed" ? "Undisclosed" : `${value.toExponential(1).replace("e+", " × 10^")} FLOP`,
      note: entry.trainingCompute.note,
      citation: cite(entry.trainingCompute.source),
    });
  }
  facts.push({ key: "verified", label: "Facts checked", text: formatPartialDate(entry.verified), dateTime: entry.verified });
  return facts;
}

export type VariantRow = { name: string; released?: string; parameters?: string; note?: string; citation?: Citation };

export function entryVariants(entry: Entry): VariantRow[] {
  return entry.variants.map((variant) => ({
    name: variant.name,
    released: variant.released,
    parameters:
      variant.parameters === undefined
        ? undefined
        : typeof variant.parameters === "number"
          ? formatCount(variant.parameters)
          : `${formatCount(variant.parameters.total)} total, ${formatCount(variant.parameters.active)} active`,
    note: variant.note,
    citation: citationFor(entry.sources, variant.source),
  }));
}

export const ACCESS_LABELS = { paper: "Paper", code: "Code", weights: "Weights", demo: "Demo or app", api: "API docs" } as const;
