import type { MetadataRoute } from "next";
import { getCatalog } from "@/lib/catalog";
import { NAVIGATION, SITE } from "@/lib/site";
import { staticComparisons } from "@/lib/compare/compare-pages";
import { entryHref, modalityHref, organizationHref } from "@/lib/routes";
import { localizeHref, LOCALES } from "@/lib/i18n/locales";
import { languageAlternates } from "@/lib/publish/page-metadata";

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
    ...catalog.organizations.map((organization) => organizationHref(organization.slug)),
    ...catalog.entries.map((entry) => entryHref(entry.slug)),
    ...staticComparisons(catalog).map(({ pair }) => `/compare/${pair}`),
  ];
  // Every page in both languages, each naming its twin (xhtml:link hreflang), as Google asks.
  const absolute = (path: string) => `${SITE.url}${path}`;
  return paths.flatMap((path) => {
    const languages = Object.fromEntries(Object.entries(languageAlternates(path)).map(([tag, href]) => [tag, absolute(href)]));
    return LOCALES.map((locale) => ({ url: absolute(localizeHref(locale, path)), alternates: { languages } }));
  });
}
