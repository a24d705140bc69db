import { entryHref } from "@/lib/routes";
import type { Catalog, Entry } from "@/lib/catalog";
import { SITE } from "@/lib/site";
import { DATA_LICENCE } from "@/lib/publish/catalog-export";
import { LANGUAGE_TAG, localizeHref } from "@/lib/i18n/locales";
import { common } from "@/lib/i18n/messages/common";

/**
 * schema.org JSON-LD for search engines: each entry as the thing it is (a model or product as a
 * SoftwareApplication, a technique as a CreativeWork, a dataset as a Dataset), and the catalog's
 * published data (/catalog.json) as a Dataset. URLs are absolute, on SITE_URL.
 */
export type JsonLd = Record<string, unknown>;

const DATA_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";
const TYPE_BY_KIND: Record<Entry["kind"], string> = {
  model: "SoftwareApplication",
  product: "SoftwareApplication",
  technique: "CreativeWork",
  dataset: "Dataset",
};

/**
 * In the catalog's language: a Chinese page's entry has its Chinese name, summary, makers' names and
 * address, says inLanguage zh-Hans, and keeps its English name (`englishName`) as an alternate name.
 */
export function entryJsonLd(entry: Entry, catalog: Pick<Catalog, "organizations"> & Partial<Pick<Catalog, "locale">>, englishName?: string): JsonLd {
  const locale = catalog.locale ?? "en";
  const type = TYPE_BY_KIND[entry.kind];
  const authors = entry.organizations.map((slug, i) => {
    const organization = catalog.organizations.find((o) => o.slug === slug);
    return { "@type": "Organization", name: organization?.name ?? entry.organizationNames[i], ...(organization?.website ? { url: organization.website } : {}) };
  });
  // sameAs: the pages that are about the same thing: the paper first, then the makers' code.
  const sameAs = [entry.access?.paper, entry.access?.code].filter((url): url is string => Boolean(url));
  // The English name first; an alias that is the name shown (文心一言 on the Chinese page) is left out.
  const alternateNames = [...new Set([...(englishName ? [englishName] : []), ...(entry.aliases ?? [])])].filter((name) => name !== entry.name);
  return {
    "@context": "https://schema.org",
    "@type": type,
    name: entry.name,
    ...(alternateNames.length ? { alternateName: alternateNames } : {}),
    description: entry.summary,
    url: `${SITE.url}${localizeHref(locale, entryHref(entry.slug))}`,
    ...(locale === "en" ? {} : { inLanguage: LANGUAGE_TAG[locale] }),
    author: authors,
    ...(entry.releaseDate ? { datePublished: entry.releaseDate } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
    ...(type === "SoftwareApplication" ? { applicationCategory: "Generative AI" } : {}),
    isPartOf:
      locale === "en"
        ? { "@type": "Dataset", name: SITE.name, url: SITE.url }
        : { "@type": "Dataset", name: common[locale].siteName, url: `${SITE.url}${localizeHref(locale, "/")}` },
  };
}

export function catalogDatasetJsonLd(catalog: Pick<Catalog, "entries">): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: `${SITE.name}: generative AI models, products, techniques and datasets`,
    description: `${SITE.description} ${catalog.entries.length} entries, each fact with the source that states it.`,
    url: `${SITE.url}/about`,
    license: DATA_LICENCE_URL,
    creator: { "@type": "Organization", name: SITE.name, url: SITE.url },
    isAccessibleForFree: true,
    keywords: ["generative AI", "AIGC", "machine learning models", "multimodal AI"],
    distribution: [
      { "@type": "DataDownload", encodingFormat: "application/json", contentUrl: `${SITE.url}/catalog.json` },
      { "@type": "DataDownload", encodingFormat: "application/schema+json", contentUrl: `${SITE.url}/catalog.schema.json` },
    ],
    // The licence's human-readable name, as /catalog.json states it.
    usageInfo: DATA_LICENCE,
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped, so no value can close the script. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
