import { latestVerified } from "@/lib/publish/changes";
import { formatPartialDate } from "@/lib/dates";
import { entryHref } from "@/lib/routes";
import { SITE } from "@/lib/site";
import { fill } from "@/lib/i18n/format-message";
import { localizeHref, type Locale } from "@/lib/i18n/locales";
import { common } from "@/lib/i18n/messages/common";
import { entry as entryMessages } from "@/lib/i18n/messages/entry";

// "Cite this": how to cite an entry page (or the whole catalog) in BibTeX and in plain text. The
// date is the day the facts were last verified, so a citation pins the version the reader saw.

export type CitationTarget = {
  /** The BibTeX key, a slug: `aigc-catalog-gpt-4`. */
  key: string;
  title: string;
  /** Site path, such as /models/gpt-4. */
  path: string;
  /** YYYY-MM-DD. */
  verified: string;
};

const BIBTEX_SPECIALS: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/** Escapes the characters LaTeX treats as commands, so "R&D_v2" prints as written. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (character) => BIBTEX_SPECIALS[character]);
}

export function bibtexCitation({ key, title, path, verified }: CitationTarget): string {
  const url = `${SITE.url}${path}`;
  return [
    `@misc{${key},`,
    // Double braces keep the capitals of names such as GPT-4 in every bibliography style.
    `  title        = {{${escapeBibtex(title)}}},`,
    `  author       = {{${escapeBibtex(SITE.name)}}},`,
    `  year         = {${verified.slice(0, 4)}},`,
    `  howpublished = {\\url{${url}}},`,
    `  note         = {Facts verified against the cited sources on ${verified}},`,
    `  urldate      = {${verified}}`,
    `}`,
  ].join("\n");
}

/** The citation a reader copies, in the page's language (the site's name included); BibTeX is the same in both. */
export function plainTextCitation({ title, path, verified }: CitationTarget, locale: Locale = "en"): string {
  const site = locale === "en" ? SITE.name : common[locale].siteName;
  return fill(entryMessages[locale].cite.plainText, { site, title, date: formatPartialDate(verified, locale), url: `${SITE.url}${path}` });
}

/** An entry page, at its address in `locale` (/models/gpt-4, /zh/models/gpt-4), under the name that page shows. */
export function entryCitationTarget(entry: { slug: string; name: string; verified: string }, locale: Locale = "en"): CitationTarget {
  return { key: `aigc-catalog-${entry.slug}`, title: entry.name, path: localizeHref(locale, entryHref(entry.slug)), verified: entry.verified };
}

/** The catalog as a whole, dated by its most recently verified entry. */
export function catalogCitationTarget(entries: readonly { verified: string }[], locale: Locale = "en"): CitationTarget {
  const site = locale === "en" ? SITE.name : common[locale].siteName;
  return { key: "aigc-catalog", title: fill(entryMessages[locale].cite.catalogTitle, { site }), path: localizeHref(locale, "/"), verified: latestVerified(entries) };
}
