import { defineMessages } from "../define-messages";

// Interface text of the lineage area, in both languages.
export const lineage = defineMessages({
  en: {},
  zh: {},
});
