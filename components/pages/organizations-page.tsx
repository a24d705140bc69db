import type { Locale } from "@/lib/i18n/locales";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/page-metadata";
import Link from "@/components/intent-link";
import { entriesOfOrganization, catalogIn, getCatalog, type Organization } from "@/lib/catalog";
import { organizationHref } from "@/lib/routes";
import { countryName } from "@/lib/format";
import { LABELS } from "@/lib/i18n/labels";
import { fill, formatNumber, plural } from "@/lib/i18n/format-message";
import { messagesFor } from "@/lib/i18n/messages";

export function generateMetadata({ locale }: { locale: Locale }): Metadata {
  const t = messagesFor(locale).pages.organizations;
  return pageMetadata({ locale, title: t.title, description: t.description, path: "/organizations" });
}

/**
 * The organization's name in the other language, when it differs: English pages add the Chinese
 * name an organization uses, Chinese pages (which show that name) add the English one.
 */
export function otherLanguageName(organization: Organization, locale: Locale): { name: string; lang: string } | null {
  if (locale === "en") {
    return organization.nameZh && organization.nameZh !== organization.name ? { name: organization.nameZh, lang: "zh-Hans" } : null;
  }
  const english = getCatalog().organizations.find((candidate) => candidate.slug === organization.slug)?.name;
  return english && english !== organization.name ? { name: english, lang: "en" } : null;
}

export default function OrganizationsPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const catalog = catalogIn(locale);
  const { pages } = messagesFor(locale);
  const t = pages.organizations;
  const byCountry = new Map<string, typeof catalog.organizations>();
  for (const organization of catalog.organizations) {
    const key = organization.country ?? "";
    byCountry.set(key, [...(byCountry.get(key) ?? []), organization]);
  }
  const countries = [...byCountry.keys()].sort((a, b) => (byCountry.get(b)?.length ?? 0) - (byCountry.get(a)?.length ?? 0) || a.localeCompare(b));
  // English keeps its default collation; Chinese names sort by pinyin.
  const collator = locale === "en" ? undefined : INTL_LOCALE[locale];
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-2 text-lg text-fg-muted">
        {fill(t.intro, {
          organizations: formatNumber(locale, catalog.organizations.length),
          countries: formatNumber(locale, countries.filter(Boolean).length),
        })}
      </p>
      {countries.map((country) => (
        <section key={country || "none"} aria-labelledby={`country-${country || "none"}`} className="mt-8">
          <h2 id={`country-${country || "none"}`} className="text-xl font-semibold">
            {country ? countryName(country, locale) : t.noCountry}
          </h2>
          <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
            {(byCountry.get(country) ?? [])
              .sort((a, b) => a.name.localeCompare(b.name, collator))
              .map((organization) => {
                const other = otherLanguageName(organization, locale);
                return (
                  <li key={organization.slug}>
                    <Link href={organizationHref(organization.slug)}>{organization.name}</Link>
                    {other && <span lang={other.lang}> · {other.name}</span>}
                    {pages.noteGap}
                    <span className="text-sm text-fg-muted">
                      {plural(locale, t.note, entriesOfOrganization(organization.slug, catalog).length, {
                        type: LABELS[locale].organizationType[organization.type],
                      })}
                    </span>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </div>
  );
}
