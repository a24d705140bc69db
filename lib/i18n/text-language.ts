import { LANGUAGE_TAG, type Locale } from "./locales";

const HAN = /\p{Script=Han}/u;

/**
 * The lang attribute for a text written once, in its own language (a source's title, a fact's
 * note, a correction note), shown on a page in `pageLocale`: "zh-Hans" for a Chinese title on an
 * English page, "en" for an English note on a Chinese page, nothing when they agree. Screen readers
 * then pronounce it in the right voice, and the CJK font rules apply only to Chinese.
 */
export function textLanguage(text: string, pageLocale: Locale): string | undefined {
  const written: Locale = HAN.test(text) ? "zh" : "en";
  return written === pageLocale ? undefined : LANGUAGE_TAG[written];
}
