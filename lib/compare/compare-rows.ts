import { LABELS } from "@/lib/i18n/labels";
import type { Locale } from "@/lib/i18n/locales";
import { textLanguage } from "@/lib/i18n/text-language";
import { entryHref } from "@/lib/routes";
import type { CitedValue, CompareEntry } from "./compare-entry";

// The comparison table's rows: one per compared field, each cell as shown, and whether the row differs.

export type CompareLink = { text: string; href: string; label?: string; external?: boolean };

export type CompareCell =
  | {
      type: "text";
      text: string;
      missing: boolean;
      dateTime?: string;
      note?: string;
      /** The note's lang attribute when it is not in the page's language (notes are written once, in English). */
      noteLang?: string;
      citation?: CitedValue["citation"];
      key: string;
    }
  | { type: "links"; links: CompareLink[]; key: string };

export type CompareRow = { key: string; label: string; cells: CompareCell[]; differs: boolean };

type RowKey =
  | "kind" | "organizations" | "released" | "era" | "input" | "output" | "architecture" | "parameters" | "openWeights"
  | "licence" | "contextWindow" | "trainingData" | "trainingCompute" | "relations" | "summary" | "sources";

/** The row labels and fill-in values, from the compare messages (lib/i18n/messages/compare.ts, `table`). */
export type RowTexts = { rows: Record<RowKey, string>; beforeEras: string; fromNoise: string };

function cited(value: CitedValue | undefined, locale: Locale): CompareCell {
  if (!value) return text(null);
  const noteLang = value.note === undefined ? undefined : textLanguage(value.note, locale);
  return { type: "text", text: value.text, missing: false, dateTime: value.dateTime, note: value.note, noteLang, citation: value.citation, key: value.text };
}

const MISSING = "—";

function text(value: string | null | undefined, key = value ?? ""): CompareCell {
  return value ? { type: "text", text: value, missing: false, key } : { type: "text", text: MISSING, missing: true, key: "" };
}

// Lists compare as sets: the same organizations or modalities in another order are no difference.
function setKey(values: readonly string[]): string {
  return [...new Set(values.map((value) => value.toLowerCase()))].sort().join("\n");
}

function links(items: CompareLink[] | undefined): CompareCell {
  if (!items?.length) return text(null);
  return { type: "links", links: items, key: setKey(items.map((item) => `${item.label ?? ""} ${item.href}`)) };
}

type Row = { key: RowKey; cell: (entry: CompareEntry) => CompareCell; comparable?: false; optional?: true };

function rowsIn(texts: RowTexts, locale: Locale): Row[] {
  const labels = LABELS[locale];
  const list = (values: readonly string[] | undefined, empty?: string): CompareCell => {
    if (!values?.length) return empty ? text(empty) : text(null);
    return text(values.join(labels.listSeparator), setKey(values));
  };
  return [
    { key: "kind", cell: (entry) => text(labels.kind[entry.kind]) },
    { key: "organizations", cell: (entry) => list(entry.organizations) },
    { key: "released", cell: (entry) => cited(entry.facts?.released, locale) },
    { key: "era", cell: (entry) => text(entry.era ?? texts.beforeEras) },
    { key: "input", cell: (entry) => list(entry.input, texts.fromNoise) },
    { key: "output", cell: (entry) => list(entry.output) },
    { key: "architecture", cell: (entry) => text(labels.architecture[entry.architecture]) },
    { key: "parameters", cell: (entry) => cited(entry.facts?.parameters, locale) },
    { key: "openWeights", cell: (entry) => text(labels.openWeights[entry.openWeights]) },
    // Optional facts: a row appears only when at least one compared entry records the fact.
    { key: "licence", cell: (entry) => cited(entry.facts?.licence, locale), optional: true },
    { key: "contextWindow", cell: (entry) => cited(entry.facts?.contextWindow, locale), optional: true },
    { key: "trainingData", cell: (entry) => cited(entry.facts?.trainingData, locale), optional: true },
    { key: "trainingCompute", cell: (entry) => cited(entry.facts?.trainingCompute, locale), optional: true },
    {
      key: "relations",
      cell: (entry) => links(entry.relations?.map(({ label, slug, name }) => ({ label, text: name, href: entryHref(slug) }))),
    },
    // Summaries and source lists are unique to each entry: shown, never marked as a difference.
    { key: "summary", cell: (entry) => text(entry.summary), comparable: false },
    {
      key: "sources",
      comparable: false,
      cell: (entry) => links(entry.sources?.map(({ title, url }) => ({ text: title, href: url, external: true }))),
    },
  ];
}

/**
 * One row per compared field, labelled in `texts`' language; a row differs when two or more entries
 * are shown and their values are not all equal. The entries' own texts are already in that language
 * (compareEntryIn).
 */
export function buildCompareRows(entries: readonly CompareEntry[], texts: RowTexts, locale: Locale): CompareRow[] {
  return rowsIn(texts, locale).flatMap(({ key, cell, comparable, optional }) => {
    const cells = entries.map(cell);
    if (optional && cells.every((each) => each.type === "text" && each.missing)) return [];
    const differs = comparable !== false && cells.length > 1 && new Set(cells.map((each) => each.key)).size > 1;
    return [{ key, label: texts.rows[key], cells, differs }];
  });
}
