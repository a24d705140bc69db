import type { Metadata } from "next";
import { LANGUAGE_TAG, localizeHref, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { SHARE_IMAGE_SIZE, SITE_SHARE_IMAGE } from "@/lib/publish/share-image";

/**
 * A page's metadata with everything a link preview needs: canonical URL, Open Graph and Twitter card
 * (title, description, url, image). Paths are made absolute by the layout's metadataBase (SITE_URL).
 * Next.js replaces, not merges, a parent's openGraph, so every page builds its own here.
 */
export type PagePreview = {
  /** The page's language: its canonical URL, og:locale and the site name it uses follow it. */
  locale: Locale;
  /** The page's own title; null for the home page, which uses the site's. */
  title: string | null;
  /** The meta description, for search results. */
  description: string;
  /** What a link preview says, when it should differ from the meta description. */
  previewDescription?: string;
  /** The canonical path in English, "/models/gpt-4" (the Chinese twin adds /zh itself); none for the layout's defaults (the 404 page inherits them). */
  path: string | null;
  /** The share image's path; the site's default image when the page has none of its own. */
  image?: string;
  imageAlt?: string;
  type?: "website" | "article";
};

const OPEN_GRAPH_LOCALE: Record<Locale, string> = { en: "en_GB", zh: "zh_CN" };

/**
 * Both languages' addresses of one page, for <link rel="alternate" hreflang>: English is also the
 * x-default, the page for readers of neither language.
 */
export function languageAlternates(path: string): Record<string, string> {
  return { [LANGUAGE_TAG.en]: path, [LANGUAGE_TAG.zh]: localizeHref("zh", path), "x-default": path };
}

export function pageMetadata(page: PagePreview): Metadata {
  const { siteName, siteTitle, shareImageAlt } = messagesFor(page.locale).common;
  const title = page.title === null ? siteTitle : `${page.title} · ${siteName}`;
  const description = page.previewDescription ?? page.description;
  const path = page.path === null ? null : localizeHref(page.locale, page.path);
  const image = {
    url: page.image ?? SITE_SHARE_IMAGE,
    ...SHARE_IMAGE_SIZE,
    alt: page.imageAlt ?? shareImageAlt.replace("{title}", page.title ?? siteName),
    type: "image/png",
  };
  return {
    ...(page.title === null ? {} : { title: page.title }),
    description: page.description,
    ...(page.path === null || path === null ? {} : { alternates: { canonical: path, languages: languageAlternates(page.path) } }),
    openGraph: {
      type: page.type ?? "website",
      siteName,
      locale: OPEN_GRAPH_LOCALE[page.locale],
      title,
      description,
      ...(path === null ? {} : { url: path }),
      images: [image],
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}
