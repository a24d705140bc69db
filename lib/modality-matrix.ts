import type { Catalog } from "./catalog";
import { messagesFor } from "./i18n/messages";

export const UNCONDITIONAL = "none";

export type MatrixCell = { input: string; output: string; count: number };
export type ModalityMatrix = {
  inputs: { slug: string; name: string }[];
  outputs: { slug: string; name: string }[];
  cells: MatrixCell[][];
};

/**
 * Rows: what goes in (plus "none" for unconditional generators). Columns: what comes out.
 * Names are in the catalog's language, the "none" row's included.
 */
export function buildModalityMatrix(catalog: Catalog): ModalityMatrix {
  const media = catalog.modalities.filter((modality) => modality.type === "medium");
  // A row for each medium some entry takes in: nothing takes a class label in, so it is a column only.
  const takenIn = media.filter((modality) => catalog.entries.some((entry) => entry.modalities.input.includes(modality.slug)));
  const inputs = [...takenIn.map(({ slug, name }) => ({ slug, name })), { slug: UNCONDITIONAL, name: messagesFor(catalog.locale).pages.matrix.none }];
  const outputs = media.map(({ slug, name }) => ({ slug, name }));
  const cells = inputs.map((input) =>
    outputs.map((output) => ({
      input: input.slug,
      output: output.slug,
      count: catalog.entries.filter(
        (entry) =>
          entry.modalities.output.includes(output.slug) &&
          (input.slug === UNCONDITIONAL ? entry.modalities.input.length === 0 : entry.modalities.input.includes(input.slug)),
      ).length,
    })),
  );
  return { inputs, outputs, cells };
}
