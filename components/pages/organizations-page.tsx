import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/page-metadata";
import Link from "@/components/intent-link";
import { entriesOfOrganization, catalogIn } from "@/lib/catalog";
import { organizationHref } from "@/lib/routes";
import { countryName, ORGANIZATION_TYPE_LABELS } from "@/lib/format";

export function generateMetadata({ locale }: { locale: Locale }): Metadata {
  return pageMetadata({
  locale,
  title: "Organizations",
  description: "The companies, labs, universities and communities behind the catalog's generative AI models, by country.",
  path: "/organizations" });
}

export default function OrganizationsPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const catalog = catalogIn(locale);
  const byCountry = new Map<string, typeof catalog.organizations>();
  for (const organization of catalog.organizations) {
    const key = organization.country ?? "";
    byCountry.set(key, [...(byCountry.get(key) ?? []), organization]);
  }
  const countries = [...byCountry.keys()].sort((a, b) => (byCountry.get(b)?.length ?? 0) - (byCountry.get(a)?.length ?? 0) || a.localeCompare(b));
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="text-3xl font-bold">Organizations</h1>
      <p className="mt-2 text-lg text-fg-muted">
        {catalog.organizations.length} organizations in {countries.filter(Boolean).length} countries, with the entries each made.
      </p>
      {countries.map((country) => (
        <section key={country || "none"} aria-labelledby={`country-${country || "none"}`} className="mt-8">
          <h2 id={`country-${country || "none"}`} className="text-xl font-semibold">
            {country ? countryName(country) : "No country (anonymous communities)"}
          </h2>
          <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
            {(byCountry.get(country) ?? [])
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((organization) => (
                <li key={organization.slug}>
                  <Link href={organizationHref(organization.slug)}>{organization.name}</Link>
                  {organization.nameZh && organization.nameZh !== organization.name && <span lang="zh-Hans"> · {organization.nameZh}</span>}{" "}
                  <span className="text-sm text-fg-muted">
                    ({ORGANIZATION_TYPE_LABELS[organization.type]}, {entriesOfOrganization(organization.slug, catalog).length} entries)
                  </span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
