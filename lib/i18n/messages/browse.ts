import { defineMessages } from "../define-messages";

// Interface text of the browse area, in both languages.
export const browse = defineMessages({
  en: {},
  zh: {},
});
