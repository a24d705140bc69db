import type { MetadataRoute } from "next";
import { getCatalog } from "@/lib/catalog";
import { NAVIGATION, SITE } from "@/lib/site";
import { entryHref } from "@/lib/routes";
import { staticComparisons } from "@/lib/compare/compare-pages";
import { modalityHref } from "@/lib/routes";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const catalog = getCatalog();
  const paths = [
    "/",
    ...NAVIGATION.map((item) => item.href),
    ...catalog.modalities.map((modality) => modalityHref(modality.slug)),
    "/organizations",
    "/data",
    "/changes",
    ...catalog.organizations.map((organization) => `/organizations/${organization.slug}`),
    ...catalog.entries.map((entry) => entryHref(entry.slug)),
    ...staticComparisons(catalog).map(({ pair }) => `/compare/${pair}`),
  ];
  return paths.map((path) => ({ url: `${SITE.url}${path}` }));
}
