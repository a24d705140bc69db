import type { ContentProblem } from "@/lib/content/content-errors";
import { formatPartialDate, isFutureDate, isImpossibleDate } from "../../dates";
import type { ContentRule } from "./types";

/** `added` and `updated` are real days, not in the future, and an entry is not corrected before it was added. */
export const changeDates: ContentRule = ({ content, today }) => {
  const problems: ContentProblem[] = [];
  for (const { file, data } of content.models) {
    const dates = [
      { field: "added", date: data.added },
      { field: "updated.date", date: data.updated?.date },
    ];
    let valid = true;
    for (const { field, date } of dates) {
      if (date === undefined) continue;
      if (isImpossibleDate(date)) problems.push({ file, field, message: `is "${date}", a day that does not exist.` });
      else if (isFutureDate(date, today)) problems.push({ file, field, message: `is "${date}", which is in the future.` });
      else continue;
      valid = false;
    }
    if (valid && data.added !== undefined && data.updated !== undefined && data.updated.date < data.added) {
      problems.push({
        file,
        field: "updated.date",
        message: `is ${formatPartialDate(data.updated.date)}, before the entry was added (${formatPartialDate(data.added)}).`,
      });
    }
  }
  return problems;
};
