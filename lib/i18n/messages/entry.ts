import { defineMessages } from "../define-messages";

// Interface text of the entry area, in both languages.
export const entry = defineMessages({
  en: {},
  zh: {},
});
