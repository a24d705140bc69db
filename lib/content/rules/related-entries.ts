import type { ContentProblem } from "@/lib/content/content-errors";
import type { ContentRule } from "./types";

/** Every relation points at another entry that exists. */
export const relatedEntries: ContentRule = ({ content }) => {
  const problems: ContentProblem[] = [];
  const slugs = new Set(content.models.map((model) => model.slug));
  for (const { file, slug, data } of content.models) {
    data.related.forEach((relation, i) => {
      const field = `related[${i}].slug`;
      if (relation.slug === slug) problems.push({ file, field, message: "points to the entry itself." });
      else if (!slugs.has(relation.slug)) problems.push({ file, field, message: `is "${relation.slug}", but there is no content/models/${relation.slug}.md.` });
    });
  }
  for (const { file, data } of content.milestones) {
    data.related.forEach((slug, i) => {
      if (!slugs.has(slug)) problems.push({ file, field: `related[${i}]`, message: `is "${slug}", but there is no content/models/${slug}.md.` });
    });
  }
  return problems;
};
