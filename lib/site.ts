/** Site-wide constants and navigation, in one place for the header, footer, sitemap and metadata. */
export const SITE = {
  name: "AIGC Catalog",
  description:
    "A sourced reference catalog of generative AI: models, products, techniques and datasets across text, image, audio, video and embodied AI, from 2012 to today.",
  // Absolute URLs (sitemap, robots) need an origin; set SITE_URL when deploying elsewhere.
  url: (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, ""),
} as const;

export const NAVIGATION = [
  { href: "/models", label: "Models" },
  { href: "/modalities", label: "Modalities" },
  { href: "/timeline", label: "Timeline" },
  { href: "/compare", label: "Compare" },
  { href: "/about", label: "About" },
] as const;
