import { fill, plural, type PluralForms } from "@/lib/i18n/format-message";
import type { Locale } from "@/lib/i18n/locales";
import { MAX_COMPARED, type Selection } from "./compare-url";

// Plain sentences explaining what was left out of a link, so a bad link never fails silently.

/** The notices' templates, from the compare messages (lib/i18n/messages/compare.ts, `notices`). */
export type NoticeTexts = {
  unknown: PluralForms;
  more: string;
  duplicates: PluralForms;
  overflow: PluralForms;
};

const SHOWN_UNKNOWN = 3;
const TOKEN_LENGTH = 30;

function quote(token: string): string {
  const chars = [...token];
  return `“${chars.length > TOKEN_LENGTH ? `${chars.slice(0, TOKEN_LENGTH).join("")}…` : token}”`;
}

// A space between Chinese and Latin letters or digits; none next to Chinese characters or quotes.
const LATIN = /[\p{Script=Latin}\d]/u;
function chineseAnd(left: string, right: string): string {
  const before = LATIN.test(left.at(-1) ?? "") ? " " : "";
  const after = LATIN.test(right[0] ?? "") ? " " : "";
  return `${left}${before}和${after}${right}`;
}

/** "A", "A and B", "A, B and C"; in Chinese "A、B 和 C". */
export function joinWords(words: readonly string[], locale: Locale = "en"): string {
  if (words.length < 2) return words[0] ?? "";
  if (locale === "zh") return chineseAnd(words.slice(0, -1).join("、"), words.at(-1)!);
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

export function selectionNotices(selection: Selection, nameOf: (slug: string) => string, texts: NoticeTexts, locale: Locale): string[] {
  const notices: string[] = [];
  const { unknown, duplicates, overflow } = selection;
  if (unknown.length > 0) {
    const shown = unknown.slice(0, SHOWN_UNKNOWN).map(quote);
    const rest = unknown.length - shown.length;
    const list = joinWords(rest > 0 ? [...shown, fill(texts.more, { count: rest })] : shown, locale);
    notices.push(plural(locale, texts.unknown, unknown.length, { list }));
  }
  if (duplicates.length > 0) {
    notices.push(plural(locale, texts.duplicates, duplicates.length, { names: joinWords(duplicates.map(nameOf), locale) }));
  }
  if (overflow.length > 0) {
    notices.push(plural(locale, texts.overflow, overflow.length, { names: joinWords(overflow.map(nameOf), locale), max: MAX_COMPARED }));
  }
  return notices;
}
