/**
 * Where each page's share image (og:image, twitter:image) lives. The PNGs are rendered at build
 * time by the route handlers under app/share/ with next/og and its bundled font: no network fonts.
 */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };
export const SITE_SHARE_IMAGE = "/share/site.png";

export const entryShareImage = (slug: string) => `/share/models/${slug}.png`;
export const modalityShareImage = (slug: string) => `/share/modalities/${slug}.png`;
export const compareShareImage = (pair: string) => `/share/compare/${pair}.png`;

/** The slug in "gpt-4.png", or null for any other file name. */
export function slugOfPng(file: string): string | null {
  return /^[a-z0-9-]+\.png$/.test(file) ? file.slice(0, -".png".length) : null;
}
