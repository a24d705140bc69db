import type { ContentProblem } from "@/lib/content/content-errors";
import { changeDates } from "./change-dates";
import { erasDoNotOverlap } from "./eras-do-not-overlap";
import { fieldSources } from "./field-sources";
import { modalityReferences } from "./modality-references";
import { noDescentCycles } from "./no-descent-cycles";
import { openWeightsForModels } from "./open-weights-for-models";
import { organizationReferences } from "./organization-references";
import { poweredByModels } from "./powered-by-models";
import { proseCitations } from "./prose-citations";
import { proseLength } from "./prose-length";
import { proseLinks } from "./prose-links";
import { realDates } from "./real-dates";
import { relatedEntries } from "./related-entries";
import { reservedSlugs } from "./reserved-slugs";
import { successorsAfterPredecessors } from "./successors-after-predecessors";
import { translations } from "./translations";
import type { ContentRule, RuleContext } from "./types";
import { uniqueNames } from "./unique-names";

/** Every rule that needs more than one field or file. `npm run validate` runs them all. */
export const CONTENT_RULES: Record<string, ContentRule> = {
  reservedSlugs,
  modalityReferences,
  relatedEntries,
  noDescentCycles,
  poweredByModels,
  successorsAfterPredecessors,
  organizationReferences,
  realDates,
  changeDates,
  openWeightsForModels,
  uniqueNames,
  erasDoNotOverlap,
  proseLinks,
  proseLength,
  fieldSources,
  proseCitations,
  translations,
};

export function checkContentRules(context: RuleContext): ContentProblem[] {
  return Object.values(CONTENT_RULES).flatMap((rule) => rule(context));
}
