import { defineMessages } from "../define-messages";

// Interface text of the timeline area, in both languages.
export const timeline = defineMessages({
  en: {},
  zh: {},
});
