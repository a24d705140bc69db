import type { ContentProblem } from "@/lib/content/content-errors";
import type { ModelFrontMatter } from "@/lib/content/schema";
import type { ContentRule } from "./types";

/** The `source` ids of an entry's fact fields, with the field each one sits in. */
export function fieldSourceIds(data: ModelFrontMatter): { field: string; id: string }[] {
  const found: { field: string; id: string }[] = [];
  const add = (field: string, id: string | undefined) => id !== undefined && found.push({ field, id });
  add("released.source", data.released.source);
  add("parameters.source", data.parameters.source);
  add("licence.source", data.licence?.source);
  add("contextWindow.source", data.contextWindow?.source);
  add("trainingData.source", data.trainingData?.source);
  add("trainingCompute.source", data.trainingCompute?.source);
  data.variants.forEach((variant, i) => add(`variants[${i}].source`, variant.source));
  data.related.forEach((relation, i) => add(`related[${i}].source`, relation.source));
  return found;
}

/** Every fact field names a source the entry lists, and source ids are unique within the entry. */
export const fieldSources: ContentRule = ({ content }) => {
  const problems: ContentProblem[] = [];
  for (const { file, data } of content.models) {
    const ids = data.sources.map((source) => source.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) problems.push({ file, field: `sources[${i}].id`, message: `is "${id}", which an earlier source already uses. Source ids must be unique.` });
    });
    for (const { field, id } of fieldSourceIds(data)) {
      if (!ids.includes(id)) {
        problems.push({ file, field, message: `is "${id}", which is not the id of any listed source. Use one of: ${ids.join(", ")}.` });
      }
    }
  }
  return problems;
};
