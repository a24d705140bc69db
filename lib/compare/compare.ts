import { compare } from "@/lib/i18n/messages/compare";
import type { Locale } from "@/lib/i18n/locales";
import type { CompareEntry } from "./compare-entry";
import { selectionNotices as noticesIn, type NoticeTexts } from "./compare-notices";
import { buildCompareRows as rowsIn, type CompareRow, type RowTexts } from "./compare-rows";
import type { Selection } from "./compare-url";

// The compare logic in one import, for server code and tests, with English as the default language.
// It lives in one-concept files: compare-entry (the per-entry data and its schema), compare-url (the
// ?models= address), compare-notices (what a bad link says) and compare-rows (the table). Client
// components import those directly and pass their page's texts, so no message table reaches the browser.

export * from "./compare-entry";
export * from "./compare-url";
export { joinWords, type NoticeTexts } from "./compare-notices";
export type { CompareCell, CompareLink, CompareRow, RowTexts } from "./compare-rows";

export function selectionNotices(
  selection: Selection,
  nameOf: (slug: string) => string,
  texts: NoticeTexts = compare.en.notices,
  locale: Locale = "en",
): string[] {
  return noticesIn(selection, nameOf, texts, locale);
}

export function buildCompareRows(entries: readonly CompareEntry[], texts: RowTexts = compare.en.table, locale: Locale = "en"): CompareRow[] {
  return rowsIn(entries, texts, locale);
}
