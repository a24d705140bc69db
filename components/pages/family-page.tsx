import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/page-metadata";
import Link from "@/components/intent-link";
import { notFound } from "next/navigation";
import { FamilyGraph, FamilyGraphLegend } from "@/components/lineage/family-graph";
import { FamilyList } from "@/components/lineage/family-list";
import { layoutFamily } from "@/lib/lineage/lineage-layout";
import { catalogIn } from "@/lib/catalog";
import { cjkSpacing, familyChains, familyName, LINEAGE_PAGE_MEMBER_BUDGET } from "@/lib/lineage/lineage";
import { fill } from "@/lib/i18n/format-message";
import { messagesFor } from "@/lib/i18n/messages";
import { descentFamilies } from "@/lib/lineage/lineage-pages";

type Props = { locale: Locale; params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return descentFamilies().map((family) => ({ id: family.id }));
}

const findFamily = (id: string, locale: Locale) => descentFamilies(catalogIn(locale)).find((family) => family.id === id);

export async function generateMetadata({ locale, params }: Props): Promise<Metadata> {
  const family = findFamily((await params).id, locale);
  if (!family) return {};
  const t = messagesFor(locale).lineage.familyPage;
  const names = family.members.slice(0, 4).map((entry) => entry.name).join(t.namesSeparator);
  return pageMetadata({
    locale,
    title: familyName(family, locale),
    description: cjkSpacing(fill(family.members.length > 4 ? t.descriptionMore : t.description, { names })),
    path: `/lineage/family/${family.id}`,
  });
}

/** One family on its own page: the view the entry pages link to, small enough for a phone. */
export default async function FamilyPage({ locale, params }: Props) {
  setRequestLocale(locale);
  const family = findFamily((await params).id, locale);
  if (!family) notFound();
  const t = messagesFor(locale).lineage.familyPage;
  const name = familyName(family, locale);
  return (
    <article className="mx-auto max-w-3xl">
      <p className="text-sm text-fg-muted">
        <Link href="/lineage">{t.breadcrumb}</Link> <span aria-hidden="true">/</span> {name}
      </p>
      <h1 className="mt-1 text-3xl font-bold">{name}</h1>
      <p className="mt-2 text-fg-muted">
        {fill(t.intro, { count: family.members.length })}
      </p>
      <div className="mt-6">
        {family.members.length <= LINEAGE_PAGE_MEMBER_BUDGET ? (
          <>
            <FamilyGraph layout={layoutFamily(family, locale)} label={name} />
            <FamilyGraphLegend />
          </>
        ) : (
          <p>{fill(t.tooLarge, { count: family.members.length })}</p>
        )}
      </div>
      <div className="mt-6">
        <FamilyList chains={familyChains(family)} label={name} />
      </div>
    </article>
  );
}
