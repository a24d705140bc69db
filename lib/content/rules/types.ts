import type { ContentProblem } from "@/lib/content/content-errors";
import type { RawContent } from "@/lib/content/load-content";

/** What every content rule receives: the parsed files of every collection, and today's date. */
export type RuleContext = { content: RawContent; today: Date };

/** One rule across files. It returns plain-sentence problems and never throws. */
export type ContentRule = (context: RuleContext) => ContentProblem[];
