import type { ContentProblem } from "@/lib/content/content-errors";
import type { ContentRule } from "./types";

/** Entries and milestones list concrete modalities that exist; "multimodal" is derived, never listed. */
export const modalityReferences: ContentRule = ({ content }) => {
  const problems: ContentProblem[] = [];
  const typeOf = new Map(content.modalities.map((modality) => [modality.slug, modality.data.type]));
  const media = [...typeOf].filter(([, type]) => type === "medium").map(([slug]) => slug).join(", ");
  const check = (file: string, field: string, slug: string) => {
    const type = typeOf.get(slug);
    if (type === undefined) {
      problems.push({ file, field, message: `names the modality "${slug}", which does not exist. Use one of: ${media}.` });
    } else if (type === "composite") {
      problems.push({ file, field, message: `names "${slug}", which is derived and cannot be listed. List the concrete modalities instead: ${media}.` });
    }
  };
  for (const { file, data } of content.models) {
    data.modalities.input.forEach((slug, i) => check(file, `modalities.input[${i}]`, slug));
    data.modalities.output.forEach((slug, i) => check(file, `modalities.output[${i}]`, slug));
  }
  for (const { file, data } of content.milestones) data.modalities.forEach((slug, i) => check(file, `modalities[${i}]`, slug));
  return problems;
};
