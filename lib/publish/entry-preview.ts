import { parsePartialDate } from "@/lib/dates";
import type { Entry } from "@/lib/catalog";
import { fill } from "@/lib/i18n/format-message";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import { entry as entryMessages } from "@/lib/i18n/messages/entry";

/**
 * The one line a link preview (and the share image) says about an entry:
 * "GPT-4 — OpenAI, March 2023: text and images in, text out";
 * "文心一言 — 百度，2023年3月：输入文本，输出文本".
 */
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const monthFormats = new Map<Locale, Intl.DateTimeFormat>();

/** "March 2023" / "2023年3月", or "2023": a preview needs the month at most. */
export function previewDate(date: string, locale: Locale = "en"): string {
  const { year, month } = parsePartialDate(date);
  if (month === undefined) return locale === "en" ? String(year) : `${year}年`;
  if (locale === "en") return `${MONTHS[month - 1]} ${year}`;
  let format = monthFormats.get(locale);
  if (!format) monthFormats.set(locale, (format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { year: "numeric", month: "long", timeZone: "UTC" })));
  return format.format(new Date(Date.UTC(year, month - 1, 1)));
}

/** "A, B and C" / "A、B和C". */
export function joinNames(names: readonly string[], locale: Locale = "en"): string {
  const t = entryMessages[locale].preview;
  if (names.length < 2) return names[0] ?? "";
  return fill(t.joinLast, { first: names.slice(0, -1).join(t.joinSeparator), last: names.at(-1)! });
}

/** "text and images in, text out"; a dataset pairs its media instead of transforming them. */
export function inputOutputPhrase(entry: Pick<Entry, "kind" | "modalities">, locale: Locale = "en"): string {
  const t = entryMessages[locale].preview;
  const medium = (names: Record<string, string>, slugs: string[]) => joinNames(slugs.map((m) => names[m] ?? m), locale);
  const input = medium(t.mediumIn, entry.modalities.input);
  const output = medium(t.mediumOut, entry.modalities.output);
  if (entry.kind === "dataset") return fill(t.dataset, { input: input || t.nothing, output });
  return fill(t.inOut, { input: input || t.noise, output });
}

/**
 * Who and when: "OpenAI, March 2023", "Google Research and TU Berlin, 2023", "OpenAI". With
 * `maxMakers`, a long list ends "and 5 more" (the share image has room for two lines).
 */
export function makersAndDate(entry: Pick<Entry, "organizationNames" | "releaseDate">, maxMakers = Infinity, locale: Locale = "en"): string {
  const t = entryMessages[locale].preview;
  const names = entry.organizationNames;
  // "and 1 more" would save nothing: shorten only when it drops two names or more.
  const who =
    names.length > maxMakers + 1
      ? fill(t.moreMakers, { names: names.slice(0, maxMakers).join(t.joinSeparator), count: names.length - maxMakers, total: names.length })
      : joinNames(names, locale);
  const when = entry.releaseDate ? previewDate(entry.releaseDate, locale) : "";
  return who && when ? fill(t.whoAndWhen, { who, when }) : who || when;
}

export function entryHeadline(entry: Pick<Entry, "name" | "kind" | "modalities" | "organizationNames" | "releaseDate">, locale: Locale = "en"): string {
  const t = entryMessages[locale].preview;
  const who = makersAndDate(entry, Infinity, locale);
  const io = inputOutputPhrase(entry, locale);
  return who ? fill(t.headline, { name: entry.name, who, io }) : fill(t.headlineAnonymous, { name: entry.name, io });
}
