// Filling message templates and choosing plural forms. Client-safe; used by server and client.
import { INTL_LOCALE, type Locale } from "./locales";

/** A message that depends on a count: English needs "one" and "other"; Chinese uses "other" only. */
export type PluralForms = { one: string; other: string };

/** "{count} of {total}" with { count: 3, total: 9 } → "3 of 9". Unknown placeholders stay visible. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The form for `count` ({count} filled with the locale's number format): "1 entry", "3 entries", "3 个条目". */
export function plural(locale: Locale, forms: PluralForms, count: number, values: Record<string, string | number> = {}): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(INTL_LOCALE[locale])));
  const form = rules.select(count) === "one" ? forms.one : forms.other;
  return fill(form, { count: formatNumber(locale, count), ...values });
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** 12345 → "12,345" in both languages. */
export function formatNumber(locale: Locale, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(INTL_LOCALE[locale])));
  return format.format(value);
}
