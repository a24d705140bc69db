import type { Architecture, EntryKind, OpenWeights, RelationType } from "./schema";

const SCALES: [number, string][] = [
  [1e12, "T"],
  [1e9, "B"],
  [1e6, "M"],
  [1e3, "K"],
];

/** 562000000000 -> "562B", 1500000000 -> "1.5B", "undisclosed" stays a word. */
export function formatParameters(parameters: number | "undisclosed" | "not-applicable"): string {
  if (parameters === "undisclosed") return "Undisclosed";
  if (parameters === "not-applicable") return "Not applicable";
  for (const [scale, suffix] of SCALES) {
    if (parameters >= scale) {
      const value = parameters / scale;
      return `${Number(value.toPrecision(3)).toString()}${suffix}`;
    }
  }
  return String(parameters);
}

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
