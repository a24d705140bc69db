/** A release date as precise as its source allows: a year, a month or a day. */
export type PartialDate = { year: number; month?: number; day?: number };

import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";

export function parsePartialDate(text: string): PartialDate {
  const [year, month, day] = text.split("-").map(Number);
  return { year, month, day };
}

/** True when the date names a day that does not exist, such as 2023-02-30. */
export function isImpossibleDate(text: string): boolean {
  const { year, month, day } = parsePartialDate(text);
  if (month === undefined || day === undefined) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() !== month - 1;
}

/** True when even the earliest day the date can mean is after `today`. */
export function isFutureDate(text: string, today: Date): boolean {
  const { year, month = 1, day = 1 } = parsePartialDate(text);
  const todayKey = today.getUTCFullYear() * 10000 + (today.getUTCMonth() + 1) * 100 + today.getUTCDate();
  return year * 10000 + month * 100 + day > todayKey;
}

/**
 * Orders partial dates by time. A less precise date sorts before the more precise dates it
 * contains ("2012" before "2012-09" before "2012-09-30"): it is read as the start of its period.
 */
export function comparePartialDates(a: string, b: string): number {
  const left = parsePartialDate(a);
  const right = parsePartialDate(b);
  return (
    left.year - right.year ||
    (left.month ?? 0) - (right.month ?? 0) ||
    (left.day ?? 0) - (right.day ?? 0)
  );
}

const PRECISION_OPTIONS = {
  year: { year: "numeric" },
  month: { year: "numeric", month: "long" },
  day: { year: "numeric", month: "long", day: "numeric" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "2023", "March 2023" or "14 March 2023"; in Chinese "2023年", "2023年3月" or "2023年3月14日". */
export function formatPartialDate(text: string, locale: Locale = "en"): string {
  const { year, month, day } = parsePartialDate(text);
  const precision = month === undefined ? "year" : day === undefined ? "month" : "day";
  const key = `${locale}:${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...PRECISION_OPTIONS[precision], timeZone: "UTC" });
    dateFormats.set(key, format);
  }
  return format.format(new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)));
}

export function yearOf(text: string): number {
  return parsePartialDate(text).year;
}
