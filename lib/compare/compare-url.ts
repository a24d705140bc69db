import { normalizeName } from "@/lib/search/normalize-name";

// The comparison's address: /compare?models=a,b&diff=1, read leniently and written canonically.

export const MAX_COMPARED = 4;

/** "/compare?models=gpt-4,palm-e"; intent-link (or localizeHref) puts it under /zh on a Chinese page. */
export function compareHref(slugs: readonly string[], diffOnly = false): string {
  const models = slugs.slice(0, MAX_COMPARED).join(",");
  return `/compare${models ? `?models=${models}` : ""}${diffOnly && models ? "&diff=1" : ""}`;
}

export function parseDiffFlag(raw: string | null | undefined): boolean {
  return ["1", "true", "yes", "on"].includes((raw ?? "").trim().toLowerCase());
}

export type Selection = {
  /** Known slugs in the order given, duplicates collapsed, at most MAX_COMPARED. */
  slugs: string[];
  /** Tokens that name no entry, as written (control and formatting characters removed). */
  unknown: string[];
  /** Slugs that were given more than once. */
  duplicates: string[];
  /** Known slugs past the limit, left out. */
  overflow: string[];
};

// Commas, whitespace, plus signs, semicolons and pipes all separate entries; "+" usually
// arrives as a space already, because URLSearchParams decodes it so.
const SEPARATORS = /[\s,;+|]+/u;
// Zero-width and bidi-override characters would make a slug look right and still not match.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/**
 * Reads `?models=` leniently: any case, any separator, "GPT4" or "gpt_4" for gpt-4.
 * An exact slug wins; otherwise a spelling matches when exactly one slug normalizes to it.
 */
export function parseSelection(raw: string | null | undefined, knownSlugs: readonly string[]): Selection {
  const known = new Set(knownSlugs);
  const byNormalized = new Map<string, string | null>();
  for (const slug of knownSlugs) {
    const key = normalizeName(slug);
    byNormalized.set(key, byNormalized.has(key) ? null : slug);
  }
  const tokens = (raw ?? "").normalize("NFKC").replace(INVISIBLE, "").split(SEPARATORS).filter(Boolean);

  const slugs: string[] = [];
  const unknown: string[] = [];
  const duplicates: string[] = [];
  for (const token of tokens) {
    const lower = token.toLowerCase();
    const slug = known.has(lower) ? lower : byNormalized.get(normalizeName(lower));
    if (!slug) {
      if (!unknown.includes(token)) unknown.push(token);
    } else if (slugs.includes(slug)) {
      if (!duplicates.includes(slug)) duplicates.push(slug);
    } else {
      slugs.push(slug);
    }
  }
  return { slugs: slugs.slice(0, MAX_COMPARED), unknown, duplicates, overflow: slugs.slice(MAX_COMPARED) };
}
