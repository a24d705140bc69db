import { z } from "zod";
import { ARCHITECTURES, ENTRY_KINDS, OPEN_WEIGHTS, RELATION_TYPES } from "./vocabulary";

export { ARCHITECTURES, ENTRY_KINDS, OPEN_WEIGHTS, RELATION_TYPES };

// The zod schemas below are the only definition of the content model: the TypeScript types
// (z.infer), the validator and the published JSON Schema are all derived from them.

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

export const slug = z
  .string()
  .regex(SLUG_PATTERN, "must be a slug: lowercase ASCII letters and digits, words joined by hyphens");

export const partialDate = z
  .string({ error: "must be a date in quotes, written YYYY, YYYY-MM or YYYY-MM-DD" })
  .regex(PARTIAL_DATE_PATTERN, "must be a date written YYYY, YYYY-MM or YYYY-MM-DD");

export const source = z.strictObject({
  title: z.string().trim().min(1, "must name the source"),
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }),
});

export const relation = z.strictObject({
  type: z.enum(RELATION_TYPES),
  slug,
});

export const parameters = z.union(
  [z.number().int().positive(), z.literal("undisclosed"), z.literal("not-applicable")],
  { error: 'must be a whole number of parameters, "undisclosed" or "not-applicable"' },
);

export const modelFrontMatter = z.strictObject({
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  kind: z.enum(ENTRY_KINDS),
  organizations: z.array(z.string().trim().min(1)).min(1, "must name at least one organization"),
  released: partialDate,
  modalities: z.strictObject({
    // Empty input means unconditional generation: the model samples from noise alone.
    input: z.array(slug),
    output: z.array(slug).min(1, "must list at least one modality"),
  }),
  architecture: z.enum(ARCHITECTURES),
  parameters,
  openWeights: z.enum(OPEN_WEIGHTS),
  related: z.array(relation).default([]),
  summary: z.string().trim().min(20, "must be one full sentence").max(240, "must be one sentence of at most 240 characters"),
  sources: z.array(source).min(1, "must list at least one source"),
});

// A "composite" modality (multimodal) is never listed on an entry: membership is derived
// from the concrete "medium" modalities the entry takes in or puts out.
export const modalityFrontMatter = z.strictObject({
  name: z.string().trim().min(1),
  order: z.number().int().nonnegative(),
  type: z.enum(["medium", "composite"]),
  summary: z.string().trim().min(10),
});

export const eraFrontMatter = z.strictObject({
  name: z.string().trim().min(1),
  order: z.number().int().nonnegative(),
  start: z.number().int().min(1900),
  end: z.number().int().min(1900).nullable(),
  summary: z.string().trim().min(10),
  articleSays: z.string().trim().min(1),
  sources: z.array(source).default([]),
});

export const milestoneFrontMatter = z.strictObject({
  name: z.string().trim().min(1),
  date: partialDate,
  modalities: z.array(slug).min(1),
  summary: z.string().trim().min(20).max(240),
  related: z.array(slug).default([]),
  sources: z.array(source).min(1, "must list at least one source"),
});

export const pageFrontMatter = z.strictObject({
  title: z.string().trim().min(1),
  description: z.string().trim().min(10),
});

export type ModelFrontMatter = z.infer<typeof modelFrontMatter>;
export type ModalityFrontMatter = z.infer<typeof modalityFrontMatter>;
export type EraFrontMatter = z.infer<typeof eraFrontMatter>;
export type MilestoneFrontMatter = z.infer<typeof milestoneFrontMatter>;
export type PageFrontMatter = z.infer<typeof pageFrontMatter>;
export type { Architecture, EntryKind, OpenWeights, RelationType } from "./vocabulary";
export type Source = z.infer<typeof source>;
