import type { ContentProblem } from "@/lib/content/content-errors";
import { citationsIn, paragraphsOf, statedFigure } from "../prose";
import { fieldSourceIds } from "./field-sources";
import type { ContentRule } from "./types";

/**
 * Claims in entry prose cite their sources (`[^id]`): every citation names a listed source, every
 * listed source is used by a field or a citation, and a paragraph that states a year, a number
 * with a unit or a quoted figure cites at least one source.
 */
export const proseCitations: ContentRule = ({ content }) => {
  const problems: ContentProblem[] = [];
  const bySlug = new Map(content.models.map((model) => [model.slug, model]));
  const texts = [
    ...content.models.map((model) => ({ ...model, english: model })),
    ...content.modelTranslations.flatMap((translation) => {
      const english = bySlug.get(translation.slug);
      return english ? [{ ...translation, english }] : [];
    }),
  ];
  for (const { file, body, english } of texts) {
    const ids = english.data.sources.map((source) => source.id);
    for (const id of citationsIn(body)) {
      if (!ids.includes(id)) problems.push({ file, field: "", message: `cites [^${id}] in its prose, but no listed source has the id "${id}". Use one of: ${ids.join(", ")}.` });
    }
    for (const paragraph of paragraphsOf(body)) {
      const figure = statedFigure(paragraph);
      if (figure && citationsIn(paragraph).length === 0) {
        const opening = paragraph.slice(0, 60).replace(/\s+/g, " ");
        problems.push({ file, field: "", message: `has a paragraph that states "${figure}" without citing a source ("${opening}…"). Add [^id] after the claim.` });
      }
    }
  }
  for (const { file, body, data } of content.models) {
    const used = new Set([...citationsIn(body), ...fieldSourceIds(data).map(({ id }) => id)]);
    data.sources.forEach((source, i) => {
      if (!used.has(source.id)) problems.push({ file, field: `sources[${i}]`, message: `is "${source.id}", which no field and no [^${source.id}] citation uses. Cite it where it supports a claim, or remove it.` });
    });
  }
  return problems;
};
