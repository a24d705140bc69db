import type { ContentProblem } from "@/lib/content/content-errors";
import { isFutureDate, isImpossibleDate } from "../../dates";
import type { ContentRule } from "./types";

/** Every date names a day that exists and is not in the future. */
export const realDates: ContentRule = ({ content, today }) => {
  const problems: ContentProblem[] = [];
  const check = (file: string, field: string, date: string | undefined, what = "Use the date of the first public paper or announcement.") => {
    if (date === undefined || date === "unknown") return;
    if (isImpossibleDate(date)) problems.push({ file, field, message: `is "${date}", a day that does not exist.` });
    else if (isFutureDate(date, today)) problems.push({ file, field, message: `is "${date}", which is in the future. ${what}` });
  };
  for (const { file, data } of content.models) {
    check(file, "released.date", data.released.date);
    check(file, "verified", data.verified, "Use the day you checked the facts.");
    data.variants.forEach((variant, i) => check(file, `variants[${i}].released`, variant.released));
    data.related.forEach((relation, i) => check(file, `related[${i}].since`, relation.since));
    data.sources.forEach((source, i) => check(file, `sources[${i}].date`, source.date, "Use the day the source was published."));
  }
  for (const { file, data } of content.milestones) check(file, "date", data.date);
  return problems;
};
