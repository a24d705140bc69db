import type { Metadata } from "next";
import { SITE } from "@/lib/site";
import { SHARE_IMAGE_SIZE, SITE_SHARE_IMAGE } from "@/lib/publish/share-image";

/**
 * A page's metadata with everything a link preview needs: canonical URL, Open Graph and Twitter card
 * (title, description, url, image). Paths are made absolute by the layout's metadataBase (SITE_URL).
 * Next.js replaces, not merges, a parent's openGraph, so every page builds its own here.
 */
export type PagePreview = {
  /** The page's own title; null for the home page, which uses the site's. */
  title: string | null;
  /** The meta description, for search results. */
  description: string;
  /** What a link preview says, when it should differ from the meta description. */
  previewDescription?: string;
  /** The canonical path: "/models/gpt-4"; none for the layout's defaults (the 404 page inherits them). */
  path: string | null;
  /** The share image's path; the site's default image when the page has none of its own. */
  image?: string;
  imageAlt?: string;
  type?: "website" | "article";
};

export const SITE_TITLE = `${SITE.name}: generative AI, sourced`;

export function pageMetadata(page: PagePreview): Metadata {
  const title = page.title === null ? SITE_TITLE : `${page.title} · ${SITE.name}`;
  const description = page.previewDescription ?? page.description;
  const image = {
    url: page.image ?? SITE_SHARE_IMAGE,
    ...SHARE_IMAGE_SIZE,
    alt: page.imageAlt ?? `${page.title ?? SITE.name}, in the ${SITE.name}`,
    type: "image/png",
  };
  return {
    ...(page.title === null ? {} : { title: page.title }),
    description: page.description,
    ...(page.path === null ? {} : { alternates: { canonical: page.path } }),
    openGraph: {
      type: page.type ?? "website",
      siteName: SITE.name,
      title,
      description,
      ...(page.path === null ? {} : { url: page.path }),
      images: [image],
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}
