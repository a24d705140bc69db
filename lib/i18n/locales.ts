// The catalog's two languages and their addresses. Client-safe: no content access.
// English keeps every URL it had; Chinese lives under /zh with the same paths.

export const LOCALES = ["en", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** `<html lang>` and hreflang: Simplified Chinese is written zh-Hans (BCP 47). */
export const LANGUAGE_TAG: Record<Locale, string> = { en: "en", zh: "zh-Hans" };
/** The locale Intl formats with: British English gives "14 March 2023", the catalog's style. */
export const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", zh: "zh-CN" };
/** The locale compact numbers use: American English writes "562B" (British English "562bn"). */
export const INTL_NUMBER_LOCALE: Record<Locale, string> = { en: "en-US", zh: "zh-CN" };
/** Each language named in itself, for the language switch. */
export const LANGUAGE_NAME: Record<Locale, string> = { en: "English", zh: "中文" };

const PREFIX: Record<Locale, string> = { en: "", zh: "/zh" };

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/**
 * Whether an internal href is a page that has a twin in each language. Files (feed.xml, JSON, CSV,
 * share images) are one file for both languages; so is anything already under /zh.
 */
function isLocalizablePage(href: string): boolean {
  if (!href.startsWith("/") || href.startsWith("//")) return false;
  const path = href.split(/[?#]/)[0];
  if (path === "/zh" || path.startsWith("/zh/")) return false;
  const lastSegment = path.slice(path.lastIndexOf("/") + 1);
  return !lastSegment.includes(".") && !path.startsWith("/share/") && !path.startsWith("/_next/");
}

/** "/models/gpt-4" → "/zh/models/gpt-4" in Chinese; "/" → "/zh"; files and external links unchanged. */
export function localizeHref(locale: Locale, href: string): string {
  if (locale === DEFAULT_LOCALE || !isLocalizablePage(href)) return href;
  const [path, rest] = splitPath(href);
  return path === "/" ? `${PREFIX[locale]}${rest}` : `${PREFIX[locale]}${path}${rest}`;
}

/** A pathname's language and its path without the language prefix: "/zh/timeline" → zh, "/timeline". */
export function parseLocalePath(pathname: string): { locale: Locale; path: string } {
  if (pathname === "/zh" || pathname === "/zh/") return { locale: "zh", path: "/" };
  if (pathname.startsWith("/zh/")) return { locale: "zh", path: pathname.slice(3) };
  return { locale: "en", path: pathname };
}

/** The same page in another language: "/zh/models/gpt-4" → "/models/gpt-4" for English. */
export function switchLocalePath(pathname: string, to: Locale): string {
  return localizeHref(to, parseLocalePath(pathname).path);
}

function splitPath(href: string): [string, string] {
  const cut = href.search(/[?#]/);
  return cut === -1 ? [href, ""] : [href.slice(0, cut), href.slice(cut)];
}
