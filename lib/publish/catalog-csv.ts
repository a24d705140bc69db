import type { CatalogExport } from "@/lib/publish/catalog-export";

// /catalog.csv: one row per entry, for spreadsheets and pandas. It is derived from the same
// export as /catalog.json, so the two never disagree. Lists are joined with ";" (no entry's
// values contain one), and the file starts with a UTF-8 byte-order mark so that spreadsheet
// apps read Chinese aliases as UTF-8 instead of the system code page.

type ExportedModel = CatalogExport["models"][number];

export type CsvColumn = {
  name: string;
  /** What the column holds, shown on /data. */
  meaning: string;
  value: (model: ExportedModel) => string | number | null;
};

function list(values: readonly string[]): string {
  const clash = values.find((value) => value.includes(";"));
  // A ";" inside a value would split it in two for every reader of the file.
  if (clash !== undefined) throw new Error(`catalog.csv: the list value "${clash}" contains ";", the list separator.`);
  return values.join(";");
}

export const CSV_COLUMNS: readonly CsvColumn[] = [
  { name: "slug", meaning: "Identifier; the entry's page is /models/<slug>.", value: (m) => m.slug },
  { name: "name", meaning: "Name as its makers write it.", value: (m) => m.name },
  { name: "aliases", meaning: "Other names, Chinese names included; ';'-separated.", value: (m) => list(m.aliases) },
  { name: "kind", meaning: "model, product, technique or dataset.", value: (m) => m.kind },
  { name: "organizations", meaning: "Organization names; ';'-separated.", value: (m) => list(m.organizations) },
  { name: "organization_slugs", meaning: "The same organizations as slugs; ';'-separated.", value: (m) => list(m.organizationSlugs) },
  { name: "released", meaning: "First public paper or announcement: YYYY, YYYY-MM or YYYY-MM-DD; empty when no source gives a date.", value: (m) => m.released },
  { name: "era", meaning: "Era of the history of multimodal AI the release falls in; empty when the date is unknown.", value: (m) => m.era },
  { name: "input_modalities", meaning: "What the entry takes in: text, image, audio, video, embodied; ';'-separated; empty for generation from noise.", value: (m) => list(m.modalities.input) },
  { name: "output_modalities", meaning: "What the entry puts out; ';'-separated.", value: (m) => list(m.modalities.output) },
  { name: "architecture", meaning: "transformer, diffusion, gan, … (see CONTRIBUTING.md).", value: (m) => m.architecture },
  { name: "parameters", meaning: "Parameter count of the largest published variant (total for mixture-of-experts); empty unless published.", value: (m) => m.parameters },
  { name: "parameters_active", meaning: "Active parameters per token of a mixture-of-experts model; empty otherwise.", value: (m) => m.parametersActive },
  { name: "parameters_status", meaning: "published, undisclosed or not-applicable.", value: (m) => m.parametersStatus },
  { name: "open_weights", meaning: "yes, no, partial or not-applicable.", value: (m) => m.openWeights },
  { name: "licence", meaning: "SPDX id, proprietary, or the licence's name; empty when not recorded.", value: (m) => (m.licence ? ("name" in m.licence ? m.licence.name : m.licence.id) : null) },
  { name: "context_window_tokens", meaning: "Largest published context window in tokens; empty when undisclosed or not recorded.", value: (m) => (typeof m.contextWindow?.tokens === "number" ? m.contextWindow.tokens : null) },
  { name: "training_data_amount", meaning: "Amount of training data, in training_data_unit; empty when undisclosed or not recorded.", value: (m) => (m.trainingData && "unit" in m.trainingData ? m.trainingData.amount : null) },
  { name: "training_data_unit", meaning: "tokens, words, images, image-text-pairs, hours-of-audio, videos, video-clips or robot-episodes.", value: (m) => (m.trainingData && "unit" in m.trainingData ? m.trainingData.unit : null) },
  { name: "training_compute_flop", meaning: "Training compute in FLOP, where the paper states it.", value: (m) => (typeof m.trainingCompute?.value === "number" ? m.trainingCompute.value : null) },
  { name: "related", meaning: "Relations to other entries as <type>:<slug>, ';'-separated (successor-of:gpt-3).", value: (m) => list(m.related.map((r) => `${r.type}:${r.slug}`)) },
  { name: "paper", meaning: "Link to the paper.", value: (m) => m.access?.paper ?? null },
  { name: "code", meaning: "Link to the code.", value: (m) => m.access?.code ?? null },
  { name: "weights", meaning: "Link to the weights.", value: (m) => m.access?.weights ?? null },
  { name: "summary", meaning: "One-sentence summary.", value: (m) => m.summary },
  { name: "verified", meaning: "Day the facts were last checked against the sources (YYYY-MM-DD).", value: (m) => m.verified },
  { name: "added", meaning: "Day the entry was added to the catalog (YYYY-MM-DD); empty for entries from before dates were recorded.", value: (m) => m.added ?? null },
  { name: "updated", meaning: "Day of the entry's latest correction (YYYY-MM-DD); empty if none is recorded.", value: (m) => m.updated?.date ?? null },
  { name: "url", meaning: "Path of the entry's page on this site.", value: (m) => m.url },
];

/** RFC 4180: quote a field that holds a quote, comma or line break, doubling its quotes. */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const CSV_BOM = "\uFEFF";

/** The whole file: BOM, header row, one row per entry, CRLF line ends (RFC 4180). */
export function buildCatalogCsv(data: CatalogExport): string {
  const rows = [
    CSV_COLUMNS.map((column) => column.name),
    ...data.models.map((model) => CSV_COLUMNS.map((column) => csvField(column.value(model)))),
  ];
  return CSV_BOM + rows.map((row) => row.join(",")).join("\r\n") + "\r\n";
}
