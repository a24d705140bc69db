import type { ContentRule } from "./types";

/** "not-applicable" is for products, techniques and datasets: a trained model has weights, open or not. */
export const openWeightsForModels: ContentRule = ({ content }) =>
  content.models
    .filter(({ data }) => data.kind === "model" && data.openWeights === "not-applicable")
    .map(({ file }) => ({
      file,
      field: "openWeights",
      message: `is "not-applicable", but a model either has open weights or not: use "yes", "no" or "partial".`,
    }));
