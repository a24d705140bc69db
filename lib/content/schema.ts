import { z } from "zod";
import {
  ARCHITECTURES,
  ENTRY_KINDS,
  OPEN_WEIGHTS,
  ORGANIZATION_TYPES,
  RELATION_TYPES,
  TRAINING_DATA_UNITS,
} from "@/lib/content/vocabulary";

export { ARCHITECTURES, ENTRY_KINDS, OPEN_WEIGHTS, ORGANIZATION_TYPES, RELATION_TYPES, TRAINING_DATA_UNITS };

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

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

/** The id a fact field or a `[^id]` citation uses to name one of the entry's sources. */
export const sourceId = z
  .string({ error: "must name a source by its id" })
  .regex(SLUG_PATTERN, "must be a source id: lowercase ASCII letters and digits joined by hyphens");

export const source = z.strictObject({
  id: sourceId,
  title: z.string().trim().min(1, "must name the source"),
  url: httpUrl,
  publisher: z.string().trim().min(1).optional(),
  date: partialDate.optional(),
});

/** A short qualification shown next to a fact ("base model; 6.6B with the refiner"). */
const note = z.string().trim().min(1).max(160, "must be a short note of at most 160 characters").optional();

const undisclosed = z.literal("undisclosed");
const count = z.number().int().positive();

// A relation may say since when it holds ("ChatGPT has been powered by GPT-5 since 7 August 2025"),
// and then names the source that says so.
export const relation = z
  .strictObject({
    type: z.enum(RELATION_TYPES),
    slug,
    since: partialDate.optional(),
    source: sourceId.optional(),
  })
  .refine((value) => value.since === undefined || value.source !== undefined, {
    message: "gives a date (since) without the source that states it: add source: <source id>",
    path: ["source"],
  });

// A release date names its source; only a date no source gives may be "unknown", with the reason.
export const released = z.union(
  [
    z.strictObject({ date: partialDate, source: sourceId, note }),
    z.strictObject({ date: z.literal("unknown"), reason: z.string().trim().min(10, "must say why the date is unknown"), source: sourceId.optional() }),
  ],
  { error: 'must be { date: "YYYY-MM-DD", source: <source id> } or { date: unknown, reason: "…" }' },
);

// Dense models give one count; mixture-of-experts models give total and active, as their makers state.
export const parameters = z.union(
  [
    z.strictObject({ value: count, source: sourceId, note }),
    z.strictObject({ total: count, active: count, source: sourceId, note }),
    z.strictObject({ value: z.enum(["undisclosed", "not-applicable"]), source: sourceId.optional(), note }),
  ],
  {
    error:
      'must be { value: <whole number>, source: <id> }, { total: <n>, active: <n>, source: <id> }, or { value: undisclosed } / { value: not-applicable }; never a guess',
  },
);

export const licence = z.union(
  [
    z.strictObject({ id: z.literal("other"), name: z.string().trim().min(1), url: httpUrl.optional(), source: sourceId, note }),
    z.strictObject({
      id: z.string().regex(/^(proprietary|[A-Za-z0-9.+-]+)$/, "must be an SPDX licence id, proprietary or other"),
      url: httpUrl.optional(),
      source: sourceId,
      note,
    }),
  ],
  { error: "must be { id: <SPDX id | proprietary | other>, url?, source: <id> } (other also needs a name)" },
);

export const contextWindow = z.union([
  z.strictObject({ tokens: count, source: sourceId, note }),
  z.strictObject({ tokens: undisclosed, source: sourceId.optional(), note }),
]);

export const trainingData = z.union([
  z.strictObject({ amount: z.number().positive(), unit: z.enum(TRAINING_DATA_UNITS), source: sourceId, note }),
  z.strictObject({ amount: undisclosed, source: sourceId.optional(), note }),
]);

export const trainingCompute = z.union([
  z.strictObject({ value: z.number().positive(), source: sourceId, note }),
  z.strictObject({ value: undisclosed, source: sourceId.optional(), note }),
]);

export const access = z.strictObject({
  paper: httpUrl.optional(),
  code: httpUrl.optional(),
  weights: httpUrl.optional(),
  demo: httpUrl.optional(),
  api: httpUrl.optional(),
});

export const variant = z.strictObject({
  name: z.string().trim().min(1),
  released: partialDate.optional(),
  parameters: z.union([count, z.strictObject({ total: count, active: count })]).optional(),
  source: sourceId,
  note,
});

export const modelFrontMatter = z.strictObject({
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  keywords: z.array(z.string().trim().min(1)).max(8, "must list at most 8 keywords").default([]),
  kind: z.enum(ENTRY_KINDS),
  organizations: z.array(slug).min(1, "must name at least one organization"),
  released,
  modalities: z.strictObject({
    // Empty input means unconditional generation: the model samples from noise alone.
    input: z.array(slug),
    output: z.array(slug).min(1, "must list at least one modality"),
  }),
  architecture: z.enum(ARCHITECTURES),
  parameters,
  openWeights: z.enum(OPEN_WEIGHTS),
  licence: licence.optional(),
  contextWindow: contextWindow.optional(),
  trainingData: trainingData.optional(),
  trainingCompute: trainingCompute.optional(),
  access: access.optional(),
  variants: z.array(variant).default([]),
  related: z.array(relation).default([]),
  summary: z.string().trim().min(20, "must be one full sentence").max(240, "must be one sentence of at most 240 characters"),
  verified: partialDate.refine((date) => date.length === 10, "must be the full day the facts were checked, YYYY-MM-DD"),
  // What's new (home, /changes, /feed.xml) reads these, not git history: they survive shallow
  // clones and squashed merges, and a typo fix does not count as a correction.
  added: partialDate.refine((date) => date.length === 10, "must be the full day the entry was published, YYYY-MM-DD").optional(),
  updated: z
    .strictObject({
      date: partialDate.refine((date) => date.length === 10, "must be the full day of the change, YYYY-MM-DD"),
      note: z.string().trim().min(10, "must say what changed").max(160, "must be a short note of at most 160 characters"),
    })
    .optional(),
  sources: z.array(source).min(1, "must list at least one source"),
});

/** `<slug>.zh.md`: the Simplified Chinese text of an entry. Facts stay in the English file. */
export const modelTranslationFrontMatter = z.strictObject({
  name: z.string().trim().min(1).optional(),
  summary: z.string().trim().min(8, "must be one full sentence").max(160, "must be one sentence of at most 160 characters"),
});

// The Chinese texts of the other collections: the same file name with .zh.md, text fields only.
export const modalityTranslationFrontMatter = z.strictObject({ name: z.string().trim().min(1), summary: z.string().trim().min(4) });
export const eraTranslationFrontMatter = z.strictObject({
  name: z.string().trim().min(1),
  summary: z.string().trim().min(4),
  articleSays: z.string().trim().min(1),
});
export const milestoneTranslationFrontMatter = z.strictObject({ name: z.string().trim().min(1), summary: z.string().trim().min(4).max(160) });
export const pageTranslationFrontMatter = z.strictObject({ title: z.string().trim().min(1), description: z.string().trim().min(4) });

export const organizationFrontMatter = z.strictObject({
  name: z.string().trim().min(1),
  nameZh: z.string().trim().min(1).optional(),
  country: z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 country code such as CN or US").nullable(),
  type: z.enum(ORGANIZATION_TYPES),
  website: httpUrl.optional(),
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
export type ModelTranslationFrontMatter = z.infer<typeof modelTranslationFrontMatter>;
export type OrganizationFrontMatter = z.infer<typeof organizationFrontMatter>;
export type ModalityTranslationFrontMatter = z.infer<typeof modalityTranslationFrontMatter>;
export type EraTranslationFrontMatter = z.infer<typeof eraTranslationFrontMatter>;
export type MilestoneTranslationFrontMatter = z.infer<typeof milestoneTranslationFrontMatter>;
export type PageTranslationFrontMatter = z.infer<typeof pageTranslationFrontMatter>;
export type ModalityFrontMatter = z.infer<typeof modalityFrontMatter>;
export type EraFrontMatter = z.infer<typeof eraFrontMatter>;
export type MilestoneFrontMatter = z.infer<typeof milestoneFrontMatter>;
export type PageFrontMatter = z.infer<typeof pageFrontMatter>;
export type { Architecture, EntryKind, OpenWeights, OrganizationType, RelationType } from "@/lib/content/vocabulary";
export type Source = z.infer<typeof source>;
export type Released = z.infer<typeof released>;
export type Parameters = z.infer<typeof parameters>;
export type Variant = z.infer<typeof variant>;
