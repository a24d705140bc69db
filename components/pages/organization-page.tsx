import { organizationHref } from "@/lib/routes";
import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/page-metadata";
import Link from "@/components/intent-link";
import { notFound } from "next/navigation";
import { entriesOfOrganization, catalogIn, getCatalog, getOrganization } from "@/lib/catalog";
import { countryName } from "@/lib/format";
import { LABELS } from "@/lib/i18n/labels";
import { plural } from "@/lib/i18n/format-message";
import { messagesFor } from "@/lib/i18n/messages";
import { EntryList } from "@/components/entry-list";
import { otherLanguageName } from "./organizations-page";

type Props = { locale: Locale; params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().organizations.map((organization) => ({ slug: organization.slug }));
}

export async function generateMetadata({ locale, params }: Props): Promise<Metadata> {
  const organization = getOrganization((await params).slug, catalogIn(locale));
  if (!organization) return {};
  const count = entriesOfOrganization(organization.slug, catalogIn(locale)).length;
  return pageMetadata({
    locale,
    title: organization.name,
    description: plural(locale, messagesFor(locale).pages.organization.description, count, { name: organization.name }),
    path: organizationHref(organization.slug),
  });
}

export default async function OrganizationPage({ locale, params }: Props) {
  setRequestLocale(locale);
  const catalog = catalogIn(locale);
  const organization = getOrganization((await params).slug, catalog);
  if (!organization) notFound();
  const entries = entriesOfOrganization(organization.slug, catalog);
  const { pages } = messagesFor(locale);
  const t = pages.organization;
  const other = otherLanguageName(organization, locale);
  return (
    <div className="mx-auto max-w-4xl">
      <p className="text-sm text-fg-muted">
        <Link href="/organizations">{pages.organizations.title}</Link> <span aria-hidden="true">/</span> {organization.name}
      </p>
      <h1 className="mt-1 text-3xl font-bold">
        {organization.name}
        {other && (
          <span lang={other.lang} className="ml-3 text-2xl font-normal text-fg-muted">
            {other.name}
          </span>
        )}
      </h1>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="font-semibold">{t.type}</dt>
        <dd>{LABELS[locale].organizationType[organization.type]}</dd>
        <dt className="font-semibold">{t.country}</dt>
        <dd>
          {organization.country ? (
            <Link href={`/models?country=${organization.country}`}>{countryName(organization.country, locale)}</Link>
          ) : (
            "—"
          )}
        </dd>
        {organization.website && (
          <>
            <dt className="font-semibold">{t.website}</dt>
            <dd>
              <a href={organization.website} rel="noopener noreferrer">
                {new URL(organization.website).hostname}
              </a>
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby="entries-heading" className="mt-8">
        <h2 id="entries-heading" className="mb-4 text-2xl font-semibold">
          {plural(locale, t.entriesHeading, entries.length)}
        </h2>
        <EntryList entries={entries} modalities={catalog.modalities} />
      </section>
    </div>
  );
}
