import type { ContentProblem } from "@/lib/content/content-errors";
import type { ContentRule } from "./types";

/** Eras end after they start and do not overlap, so every year belongs to at most one era. */
export const erasDoNotOverlap: ContentRule = ({ content }) => {
  const problems: ContentProblem[] = [];
  const eras = [...content.eras].sort((a, b) => a.data.start - b.data.start);
  eras.forEach(({ file, data }, i) => {
    if (data.end !== null && data.end < data.start) {
      problems.push({ file, field: "end", message: `is ${data.end}, before the era's start (${data.start}).` });
    }
    const next = eras[i + 1];
    if (next && (data.end === null || data.end >= next.data.start)) {
      problems.push({ file, field: "end", message: `is ${data.end ?? "null (open-ended)"}, so it overlaps ${next.file}, which starts in ${next.data.start}.` });
    }
  });
  return problems;
};
