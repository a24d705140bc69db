/** Site-wide constants and navigation, in one place for the header, footer, sitemap and metadata. */
import { entryHref } from "@/lib/routes";
import { siteUrl } from "@/lib/publish/site-url";
import { localizeHref, type Locale } from "@/lib/i18n/locales";

export const SITE = {
  name: "AIGC Catalog",
  description:
    "A sourced reference catalog of generative AI: models, products, techniques and datasets across text, image, audio, video and embodied AI, from 2012 to today.",
  // Absolute URLs (canonical, sitemap, robots, previews) need an origin: SITE_URL, or localhost for
  // local builds. `npm run build:deploy` refuses to build without SITE_URL (scripts/check-site-url.ts).
  url: siteUrl(process.env, false),
  /** The repository whose issue form takes error reports; without it, reports go through /about. */
  repository: process.env.REPOSITORY_URL?.replace(/\/$/, "") ?? null,
} as const;

/**
 * Where a reader reports a wrong fact on an entry: the repository's issue form, prefilled (in English,
 * for the maintainers, naming the page the reader was on), or the About page's section in the reader's language.
 */
export function reportErrorHref(entry: { slug: string; name: string }, locale: Locale = "en"): string {
  if (!SITE.repository) return localizeHref(locale, "/about#report-an-error");
  const path = localizeHref(locale, entryHref(entry.slug));
  const title = `Error in ${entry.name} (${path})`;
  const body = `Page: ${SITE.url}${path}\n\nWhat is wrong:\n\nWhat is right, and the source that says so:\n`;
  return `${SITE.repository}/issues/new?${new URLSearchParams({ title, body, labels: "content" })}`;
}

/** The main navigation; each label is the message `common.nav.<key>` in the page's language. */
export const NAVIGATION = [
  { href: "/models", key: "models" },
  { href: "/modalities", key: "modalities" },
  { href: "/timeline", key: "timeline" },
  { href: "/lineage", key: "lineage" },
  { href: "/organizations", key: "organizations" },
  { href: "/compare", key: "compare" },
  { href: "/about", key: "about" },
] as const;
