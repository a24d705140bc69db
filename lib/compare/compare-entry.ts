import * as v from "valibot";
import { ARCHITECTURES, ENTRY_KINDS, OPEN_WEIGHTS } from "@/lib/content/vocabulary";
import type { Locale } from "@/lib/i18n/locales";

// One entry as /compare needs it: the shape of /data/entries/<slug>.json, parsed in the browser.

const citedValueSchema = v.object({
  text: v.string(),
  dateTime: v.optional(v.string()),
  note: v.optional(v.string()),
  citation: v.optional(v.object({ number: v.number(), title: v.string(), url: v.string() })),
});

/** A fact as a compare cell shows it: the value, and the source that states it. */
export type CitedValue = v.InferOutput<typeof citedValueSchema>;

const factsSchema = v.object({
  released: citedValueSchema,
  parameters: citedValueSchema,
  licence: v.optional(citedValueSchema),
  contextWindow: v.optional(citedValueSchema),
  trainingData: v.optional(citedValueSchema),
  trainingCompute: v.optional(citedValueSchema),
});

const relationsSchema = v.array(v.object({ label: v.string(), slug: v.string(), name: v.string() }));

/** The fields whose text depends on the language: what `zh` holds in Chinese. */
const textsSchema = v.object({
  name: v.string(),
  organizations: v.array(v.string()),
  era: v.nullable(v.string()),
  input: v.array(v.string()),
  output: v.array(v.string()),
  facts: factsSchema,
  relations: relationsSchema,
  summary: v.string(),
});

export type CompareEntryTexts = v.InferOutput<typeof textsSchema>;

/**
 * One entry as /compare needs it, shaped at build time by lib/compare/compare-data and served as
 * small JSON (/data/entries/<slug>.json, a public file); the browser parses it with this schema
 * (valibot) instead of trusting a cast. The first version's fields keep their shape and meaning;
 * the sourced facts were added beside them in `facts`, and the Chinese texts in `zh`.
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
  facts: factsSchema,
  relations: relationsSchema,
  summary: v.string(),
  sources: v.array(v.object({ id: v.string(), title: v.string(), url: v.string(), publisher: v.optional(v.string()), date: v.optional(v.string()) })),
  /** The same texts in Chinese (names, modalities, formatted facts, summary); the sources stay as published. */
  zh: v.optional(textsSchema),
});

export type CompareEntry = v.InferOutput<typeof compareEntrySchema>;

/** Where the browser fetches one entry's compare data; the route app/data/entries/[file] writes it. */
export function compareEntryPath(slug: string): string {
  return `/data/entries/${slug}.json`;
}

/** The entry with its texts in `locale`: English as served, Chinese from its `zh` texts where present. */
export function compareEntryIn(entry: CompareEntry, locale: Locale): CompareEntry {
  return locale === "zh" && entry.zh ? { ...entry, ...entry.zh } : entry;
}
