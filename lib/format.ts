import type { Parameters } from "@/lib/content/schema";
import { LABELS } from "@/lib/i18n/labels";
import { fill } from "@/lib/i18n/format-message";
import { INTL_LOCALE, INTL_NUMBER_LOCALE, type Locale } from "@/lib/i18n/locales";

// Counts, parameter figures, lists and country names as each language writes them. English keeps
// the "562B" style of model cards; Chinese uses 亿 and 万亿 ("5620亿"), as Chinese technical writing does.

const compactFormats = new Map<Locale, Intl.NumberFormat>();

/** 562000000000 -> "562B" / "5620亿"; 1500000000 -> "1.5B" / "15亿"; three significant digits at most. */
export function formatCount(count: number, locale: Locale = "en"): string {
  let format = compactFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_NUMBER_LOCALE[locale], { notation: "compact", maximumSignificantDigits: 3 });
    compactFormats.set(locale, format);
  }
  return format.format(count);
}

/** "562B", "671B total, 37B active" for mixture-of-experts, or the word for a missing count. */
export function formatParameters(parameters: Parameters, locale: Locale = "en"): string {
  const labels = LABELS[locale].parameters;
  if ("total" in parameters) {
    return fill(labels.mixture, { total: formatCount(parameters.total, locale), active: formatCount(parameters.active, locale) });
  }
  if (parameters.value === "undisclosed") return labels.undisclosed;
  if (parameters.value === "not-applicable") return labels.notApplicable;
  return formatCount(parameters.value, locale);
}

export function formatModalityList(slugs: string[], names: Map<string, string>, locale: Locale = "en"): string {
  return slugs.length === 0 ? LABELS[locale].unconditional : slugs.map((slug) => names.get(slug) ?? slug).join(LABELS[locale].listSeparator);
}

/** "2012–2018", or "2021–today" for the open-ended era. */
export function formatEraYears(era: { start: number; end: number | null }, locale: Locale = "en"): string {
  const labels = LABELS[locale];
  return era.end === null ? fill(labels.eraYearsOpen, { start: era.start }) : fill(labels.eraYears, { start: era.start, end: era.end });
}

const regionNames = new Map<Locale, Intl.DisplayNames>();

/** "CN" -> "China" / "中国": names for ISO country codes. */
export function countryName(code: string, locale: Locale = "en"): string {
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: "region" })));
  return names.of(code) ?? code;
}
