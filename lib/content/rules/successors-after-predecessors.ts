import type { ContentProblem } from "@/lib/content/content-errors";
import { formatPartialDate, parsePartialDate } from "../../dates";
import type { ContentRule } from "./types";

/** The first and last day a partial date can mean, as comparable numbers (20230314). */
function dayRange(text: string): [number, number] {
  const { year, month, day } = parsePartialDate(text);
  const first = year * 10000 + (month ?? 1) * 100 + (day ?? 1);
  const last = year * 10000 + (month ?? 12) * 100 + (day ?? 31);
  return [first, last];
}

/**
 * A successor comes out after (or on the day of) its predecessor. Only a definite contradiction
 * is an error: "2023" against "2023-03-14" could be either order, so it passes. Entries whose
 * release date is unknown are skipped.
 */
export const successorsAfterPredecessors: ContentRule = ({ content }) => {
  const released = new Map(content.models.map((model) => [model.slug, model.data.released.date]));
  const problems: ContentProblem[] = [];
  for (const { file, data } of content.models) {
    const own = data.released.date;
    if (own === "unknown") continue;
    data.related.forEach((relation, i) => {
      const theirs = released.get(relation.slug);
      if (relation.type !== "successor-of" || theirs === undefined || theirs === "unknown") return;
      if (dayRange(own)[1] < dayRange(theirs)[0]) {
        problems.push({
          file,
          field: `related[${i}].slug`,
          message: `says this entry is the successor of "${relation.slug}", released ${formatPartialDate(theirs)}, but this entry was released earlier (${formatPartialDate(own)}). Check both release dates, or use another relation type.`,
        });
      }
    });
  }
  return problems;
};
