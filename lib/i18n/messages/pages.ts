import { defineMessages } from "../define-messages";

// Interface text of the pages area, in both languages.
export const pages = defineMessages({
  en: {},
  zh: {},
});
