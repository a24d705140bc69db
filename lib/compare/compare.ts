import { ARCHITECTURE_LABELS, KIND_LABELS, OPEN_WEIGHTS_LABELS } from "@/lib/format";
import { normalizeName } from "@/lib/search/normalize-name";
import * as v from "valibot";
import { ARCHITECTURES, ENTRY_KINDS, OPEN_WEIGHTS } from "@/lib/content/vocabulary";
import { entryHref } from "@/lib/routes";

// Pure compare logic, shared by the browser (the /compare page) and the unit tests:
// reading the `models` URL parameter, building the table's rows and marking differences.

export const MAX_COMPARED = 4;

const citedValueSchema = v.object({
  text: v.string(),
  dateTime: v.optional(v.string()),
  note: v.optional(v.string()),
  citation: v.optional(v.object({ number: v.number(), title: v.string(), url: v.string() })),
});

/** A fact as a compare cell shows it: the value, and the source that states it. */
export type CitedValue = v.InferOutput<typeof citedValueSchema>;

/**
 * One entry as /compare needs it, shaped at build time by lib/compare-data and served as small
 * JSON (/data/entries/<slug>.json, a public file); the browser parses it with this schema (valibot)
 * instead of trusting a cast. The first version's fields keep their shape and meaning; the sourced
 * facts were added beside them in `facts`.
 */
export const compareEntrySchema = v.object({
  slug: v.string(),
  name: v.string(),
  kind: v.picklist(ENTRY_KINDS),
  organizations: v.array(v.string()),
  /** The release date as written ("2023-03-14"); null when no source gives one. */
  released: v.nullable(v.string()),
  /** "Fusion (2019–2020)", or null before the catalog's first era. */
  era: v.nullable(v.string()),
  /** Modality names; an empty input list means generation from noise. */
  input: v.array(v.string()),
  output: v.array(v.string()),
  architecture: v.picklist(ARCHITECTURES),
  /** The published count (a mixture-of-experts model's total), or the word for a missing one. */
  parameters: v.union([v.number(), v.picklist(["undisclosed", "not-applicable"])]),
  openWeights: v.picklist(OPEN_WEIGHTS),
  /** Each fact as the table shows it, with the source that states it; optional ones only where recorded. */
  facts: v.object({
    released: citedValueSchema,
    parameters: citedValueSchema,
    licence: v.optional(citedValueSchema),
    contextWindow: v.optional(citedValueSchema),
    trainingData: v.optional(citedValueSchema),
    trainingCompute: v.optional(citedValueSchema),
  }),
  relations: v.array(v.object({ label: v.string(), slug: v.string(), name: v.string() })),
  summary: v.string(),
  sources: v.array(v.object({ id: v.string(), title: v.string(), url: v.string(), publisher: v.optional(v.string()), date: v.optional(v.string()) })),
});

export type CompareEntry = v.InferOutput<typeof compareEntrySchema>;

/** Where the browser fetches one entry's compare data; the route app/data/entries/[file] writes it. */
export function compareEntryPath(slug: string): string {
  return `/data/entries/${slug}.json`;
}

export function compareHref(slugs: readonly string[], diffOnly = false): string {
  const models = slugs.slice(0, MAX_COMPARED).join(",");
  return `/compare${models ? `?models=${models}` : ""}${diffOnly && models ? "&diff=1" : ""}`;
}

export function parseDiffFlag(raw: string | null | undefined): boolean {
  return ["1", "true", "yes", "on"].includes((raw ?? "").trim().toLowerCase());
}

export type Selection = {
  /** Known slugs in the order given, duplicates collapsed, at most MAX_COMPARED. */
  slugs: string[];
  /** Tokens that name no entry, as written (control and formatting characters removed). */
  unknown: string[];
  /** Slugs that were given more than once. */
  duplicates: string[];
  /** Known slugs past the limit, left out. */
  overflow: string[];
};

// Commas, whitespace, plus signs, semicolons and pipes all separate entries; "+" usually
// arrives as a space already, because URLSearchParams decodes it so.
const SEPARATORS = /[\s,;+|]+/u;
// Zero-width and bidi-override characters would make a slug look right and still not match.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/**
 * Reads `?models=` leniently: any case, any separator, "GPT4" or "gpt_4" for gpt-4.
 * An exact slug wins; otherwise a spelling matches when exactly one slug normalizes to it.
 */
export function parseSelection(raw: string | null | undefined, knownSlugs: readonly string[]): Selection {
  const known = new Set(knownSlugs);
  const byNormalized = new Map<string, string | null>();
  for (const slug of knownSlugs) {
    const key = normalizeName(slug);
    byNormalized.set(key, byNormalized.has(key) ? null : slug);
  }
  const tokens = (raw ?? "").normalize("NFKC").replace(INVISIBLE, "").split(SEPARATORS).filter(Boolean);

  const slugs: string[] = [];
  const unknown: string[] = [];
  const duplicates: string[] = [];
  for (const token of tokens) {
    const lower = token.toLowerCase();
    const slug = known.has(lower) ? lower : byNormalized.get(normalizeName(lower));
    if (!slug) {
      if (!unknown.includes(token)) unknown.push(token);
    } else if (slugs.includes(slug)) {
      if (!duplicates.includes(slug)) duplicates.push(slug);
    } else {
      slugs.push(slug);
    }
  }
  return { slugs: slugs.slice(0, MAX_COMPARED), unknown, duplicates, overflow: slugs.slice(MAX_COMPARED) };
}

const SHOWN_UNKNOWN = 3;
const TOKEN_LENGTH = 30;

function quote(token: string): string {
  const chars = [...token];
  return `“${chars.length > TOKEN_LENGTH ? `${chars.slice(0, TOKEN_LENGTH).join("")}…` : token}”`;
}

/** "A", "A and B", "A, B and C". */
export function joinWords(words: readonly string[]): string {
  return words.length < 2 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/** Plain sentences explaining what was left out of a link, so a bad link never fails silently. */
export function selectionNotices(selection: Selection, nameOf: (slug: string) => string): string[] {
  const notices: string[] = [];
  const { unknown, duplicates, overflow } = selection;
  if (unknown.length > 0) {
    const shown = unknown.slice(0, SHOWN_UNKNOWN).map(quote);
    const rest = unknown.length - shown.length;
    const list = joinWords(rest > 0 ? [...shown, `${rest} more`] : shown);
    notices.push(
      unknown.length === 1
        ? `No entry in the catalog is called ${list}, so it was left out.`
        : `No entries in the catalog are called ${list}, so they were left out.`,
    );
  }
  if (duplicates.length > 0) {
    notices.push(`${joinWords(duplicates.map(nameOf))} ${duplicates.length === 1 ? "was" : "were"} listed more than once and appear${duplicates.length === 1 ? "s" : ""} once.`);
  }
  if (overflow.length > 0) {
    notices.push(
      `Compare shows up to ${MAX_COMPARED} entries at a time, so ${joinWords(overflow.map(nameOf))} ${overflow.length === 1 ? "was" : "were"} left out.`,
    );
  }
  return notices;
}

export type CompareLink = { text: string; href: string; label?: string; external?: boolean };

export type CompareCell =
  | { type: "text"; text: string; missing: boolean; dateTime?: string; note?: string; citation?: CitedValue["citation"]; key: string }
  | { type: "links"; links: CompareLink[]; key: string };

export type CompareRow = { key: string; label: string; cells: CompareCell[]; differs: boolean };

function cited(value: CitedValue | undefined): CompareCell {
  if (!value) return text(null);
  return { type: "text", text: value.text, missing: false, dateTime: value.dateTime, note: value.note, citation: value.citation, key: value.text };
}

const MISSING = "—";

function text(value: string | null | undefined, key = value ?? ""): CompareCell {
  return value ? { type: "text", text: value, missing: false, key } : { type: "text", text: MISSING, missing: true, key: "" };
}

// Lists compare as sets: the same organizations or modalities in another order are no difference.
function setKey(values: readonly string[]): string {
  return [...new Set(values.map((value) => value.toLowerCase()))].sort().join("\n");
}

function list(values: readonly string[] | undefined, empty?: string): CompareCell {
  if (!values?.length) return empty ? text(empty) : text(null);
  return text(values.join(", "), setKey(values));
}

function links(items: CompareLink[] | undefined): CompareCell {
  if (!items?.length) return text(null);
  return { type: "links", links: items, key: setKey(items.map((item) => `${item.label ?? ""} ${item.href}`)) };
}

const ROWS: { key: string; label: string; cell: (entry: CompareEntry) => CompareCell; comparable?: false; optional?: true }[] = [
  { key: "kind", label: "Kind", cell: (entry) => text(KIND_LABELS[entry.kind]) },
  { key: "organizations", label: "Organizations", cell: (entry) => list(entry.organizations) },
  { key: "released", label: "Release date", cell: (entry) => cited(entry.facts?.released) },
  { key: "era", label: "Era", cell: (entry) => text(entry.era ?? "Before the catalog's eras") },
  { key: "input", label: "Input modalities", cell: (entry) => list(entry.input, "None: generates from noise") },
  { key: "output", label: "Output modalities", cell: (entry) => list(entry.output) },
  { key: "architecture", label: "Architecture", cell: (entry) => text(ARCHITECTURE_LABELS[entry.architecture]) },
  { key: "parameters", label: "Parameters", cell: (entry) => cited(entry.facts?.parameters) },
  { key: "openWeights", label: "Open weights", cell: (entry) => text(OPEN_WEIGHTS_LABELS[entry.openWeights]) },
  // Optional facts: a row appears only when at least one compared entry records the fact.
  { key: "licence", label: "Licence", cell: (entry) => cited(entry.facts?.licence), optional: true },
  { key: "contextWindow", label: "Context window", cell: (entry) => cited(entry.facts?.contextWindow), optional: true },
  { key: "trainingData", label: "Training data", cell: (entry) => cited(entry.facts?.trainingData), optional: true },
  { key: "trainingCompute", label: "Training compute", cell: (entry) => cited(entry.facts?.trainingCompute), optional: true },
  {
    key: "relations",
    label: "Relations",
    cell: (entry) =>
      links(entry.relations?.map(({ label, slug, name }) => ({ label, text: name, href: entryHref(slug) }))),
  },
  // Summaries and source lists are unique to each entry: shown, never marked as a difference.
  { key: "summary", label: "Summary", cell: (entry) => text(entry.summary), comparable: false },
  {
    key: "sources",
    label: "Sources",
    comparable: false,
    cell: (entry) => links(entry.sources?.map(({ title, url }) => ({ text: title, href: url, external: true }))),
  },
];

/** One row per compared field; a row differs when two or more entries are shown and their values are not all equal. */
export function buildCompareRows(entries: readonly CompareEntry[]): CompareRow[] {
  return ROWS.flatMap(({ key, label, cell, comparable, optional }) => {
    const cells = entries.map(cell);
    if (optional && cells.every((each) => each.type === "text" && each.missing)) return [];
    const differs = comparable !== false && cells.length > 1 && new Set(cells.map((each) => each.key)).size > 1;
    return [{ key, label, cells, differs }];
  });
}
