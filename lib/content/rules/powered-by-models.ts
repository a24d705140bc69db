import type { ContentProblem } from "@/lib/content/content-errors";
import type { ContentRule } from "./types";

/** `powered-by` names the trained model a product runs on, not another product, a technique or a dataset. */
export const poweredByModels: ContentRule = ({ content }) => {
  const kinds = new Map(content.models.map((model) => [model.slug, model.data.kind]));
  const problems: ContentProblem[] = [];
  for (const { file, data } of content.models) {
    data.related.forEach((relation, i) => {
      const kind = kinds.get(relation.slug);
      // Unknown slugs are reported by relatedEntries.
      if (relation.type !== "powered-by" || kind === undefined || kind === "model") return;
      problems.push({
        file,
        field: `related[${i}].slug`,
        message: `is "${relation.slug}", a ${kind}, but powered-by must name a model (kind: model). Use "uses" for a technique, "trained-on" for a dataset, or "based-on" for another product.`,
      });
    });
  }
  return problems;
};
