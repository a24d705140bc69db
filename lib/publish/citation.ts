import { latestVerified } from "@/lib/publish/changes";
import { formatPartialDate } from "@/lib/dates";
import { entryHref } from "@/lib/routes";
import { SITE } from "@/lib/site";

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

export function plainTextCitation({ title, path, verified }: CitationTarget): string {
  return `${SITE.name}. "${title}." ${SITE.name}, facts verified ${formatPartialDate(verified)}. ${SITE.url}${path}`;
}

export function entryCitationTarget(entry: { slug: string; name: string; verified: string }): CitationTarget {
  return { key: `aigc-catalog-${entry.slug}`, title: entry.name, path: entryHref(entry.slug), verified: entry.verified };
}

/** The catalog as a whole, dated by its most recently verified entry. */
export function catalogCitationTarget(entries: readonly { verified: string }[]): CitationTarget {
  return { key: "aigc-catalog", title: `${SITE.name}: a sourced catalog of generative AI`, path: "/", verified: latestVerified(entries) };
}
