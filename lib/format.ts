import type { Architecture, EntryKind, OpenWeights, OrganizationType, Parameters, RelationType } from "@/lib/content/schema";
import type { TRAINING_DATA_UNITS } from "@/lib/content/vocabulary";

const SCALES: [number, string][] = [
  [1e12, "T"],
  [1e9, "B"],
  [1e6, "M"],
  [1e3, "K"],
];

/** 562000000000 -> "562B", 1500000000 -> "1.5B". */
export function formatCount(count: number): string {
  for (const [scale, suffix] of SCALES) {
    if (count >= scale) return `${Number((count / scale).toPrecision(3)).toString()}${suffix}`;
  }
  return String(count);
}

/** "562B", "671B total, 37B active" for mixture-of-experts, or the word for a missing count. */
export function formatParameters(parameters: Parameters): string {
  if ("total" in parameters) return `${formatCount(parameters.total)} total, ${formatCount(parameters.active)} active`;
  if (parameters.value === "undisclosed") return "Undisclosed";
  if (parameters.value === "not-applicable") return "Not applicable";
  return formatCount(parameters.value);
}

export const TRAINING_DATA_UNIT_LABELS: Record<(typeof TRAINING_DATA_UNITS)[number], string> = {
  tokens: "tokens",
  words: "words",
  images: "images",
  "image-text-pairs": "image-text pairs",
  "hours-of-audio": "hours of audio",
  videos: "videos",
  "video-clips": "video clips",
  "robot-episodes": "robot episodes",
};

export const OPEN_WEIGHTS_LABELS: Record<OpenWeights, string> = {
  yes: "Open weights",
  no: "Closed weights",
  partial: "Partly open",
  "not-applicable": "Not applicable",
};

export const RELATION_LABELS: Record<RelationType, { outgoing: string; incoming: string }> = {
  "based-on": { outgoing: "Based on", incoming: "Basis of" },
  "successor-of": { outgoing: "Successor of", incoming: "Succeeded by" },
  "powered-by": { outgoing: "Powered by", incoming: "Powers" },
  "variant-of": { outgoing: "Variant of", incoming: "Has variant" },
  uses: { outgoing: "Uses", incoming: "Used by" },
  "trained-on": { outgoing: "Trained on", incoming: "Trained" },
  "companion-of": { outgoing: "Companion of", incoming: "Companion of" },
};

export const KIND_LABELS: Record<EntryKind, string> = {
  model: "Model",
  product: "Product",
  technique: "Technique",
  dataset: "Dataset",
};

export const ARCHITECTURE_LABELS: Record<Architecture, string> = {
  transformer: "Transformer",
  diffusion: "Diffusion",
  "diffusion-transformer": "Diffusion transformer",
  gan: "GAN",
  vae: "VAE",
  cnn: "CNN",
  rnn: "RNN",
  "autoregressive-cnn": "Autoregressive CNN",
  flow: "Flow",
  "mixture-of-experts": "Mixture of experts",
  hybrid: "Hybrid",
  other: "Other",
};

export function formatModalityList(slugs: string[], names: Map<string, string>): string {
  return slugs.length === 0 ? "Noise (unconditional)" : slugs.map((slug) => names.get(slug) ?? slug).join(", ");
}

/** "2012–2018", or "2021–today" for the open-ended era. */
export function formatEraYears(era: { start: number; end: number | null }): string {
  return `${era.start}–${era.end ?? "today"}`;
}

export const ORGANIZATION_TYPE_LABELS: Record<OrganizationType, string> = {
  industry: "Company",
  academia: "University",
  "research-lab": "Research lab",
  nonprofit: "Non-profit",
  community: "Community",
  individual: "Individual",
};

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

/** "CN" -> "China": English names for ISO country codes. */
export function countryName(code: string): string {
  return regionNames.of(code) ?? code;
}
