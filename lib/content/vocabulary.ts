// The allowed values of the content model's enumerated fields. Kept free of zod so that client
// components (facets, URL parsing) can import them without shipping the validator to the browser.

export const ENTRY_KINDS = ["model", "product", "technique", "dataset"] as const;

export const ARCHITECTURES = [
  "transformer",
  "diffusion",
  "diffusion-transformer",
  "gan",
  "vae",
  "cnn",
  "rnn",
  "autoregressive-cnn",
  "flow",
  "mixture-of-experts",
  "hybrid",
  "other",
] as const;

export const OPEN_WEIGHTS = ["yes", "no", "partial", "not-applicable"] as const;

export const RELATION_TYPES = [
  "based-on",
  "successor-of",
  "powered-by",
  "variant-of",
  "uses",
  "trained-on",
  "companion-of",
] as const;

export const ORGANIZATION_TYPES = ["industry", "academia", "research-lab", "nonprofit", "community", "individual"] as const;

export const TRAINING_DATA_UNITS = [
  "tokens",
  "words",
  "images",
  "image-text-pairs",
  "hours-of-audio",
  "videos",
  "video-clips",
  "robot-episodes",
] as const;

export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];
export type EntryKind = (typeof ENTRY_KINDS)[number];
export type Architecture = (typeof ARCHITECTURES)[number];
export type OpenWeights = (typeof OPEN_WEIGHTS)[number];
export type RelationType = (typeof RELATION_TYPES)[number];
