import { defineMessages } from "../define-messages";

// Interface text of the compare area, in both languages.
export const compare = defineMessages({
  en: {},
  zh: {},
});
