import Link from "@/components/intent-link";
import type { Modality } from "@/lib/catalog";
import { familyChains, familyHref, familyName, splitForPage, type Family, type LineageRelationFilter } from "@/lib/lineage/lineage";
import { layoutFamily } from "@/lib/lineage/lineage-layout";
import { fill, plural } from "@/lib/i18n/format-message";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor, type Messages } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { FamilyGraph, FamilyGraphLegend } from "./family-graph";
import { FamilyList } from "./family-list";
import { LineageFilters } from "./lineage-filters";

type Props = {
  families: readonly Family[];
  modalities: Pick<Modality, "slug" | "name">[];
  modality: string | null;
  relation: LineageRelationFilter;
  /** Families that have their own page (those of the default descent view). */
  familyPages: ReadonlySet<string>;
};

function years(family: Family, t: Messages["lineage"]): string {
  const known = family.members.flatMap((entry) => (entry.year === null ? [] : [entry.year]));
  if (known.length === 0) return t.datesUnknown;
  const [first, last] = [Math.min(...known), Math.max(...known)];
  return first === last ? fill(t.year, { year: first }) : fill(t.years, { first, last });
}

/** The families for one filter: each drawn in full until the page budget, the rest as links. */
export function LineageView({ families, modalities, modality, relation, familyPages }: Props) {
  const locale: Locale = requestLocale();
  const t = messagesFor(locale).lineage;
  const { shown, linked: listed } = splitForPage(families);
  const entryCount = families.reduce((sum, family) => sum + family.members.length, 0);
  return (
    <>
      <div className="mt-6">
        <LineageFilters modalities={modalities} modality={modality} relation={relation} />
      </div>
      <FamilyGraphLegend />
      <p className="mt-4" role="status">
        {families.length === 0 ? t.noFamilies : plural(locale, t.summary, families.length, { entries: entryCount })}
      </p>
      {shown.map((family) => {
        const name = familyName(family, locale);
        const headingId = `heading-${family.id}`;
        return (
          <section key={family.id} aria-labelledby={headingId} className="mt-8">
            <h2 id={headingId} className="text-xl font-semibold">
              {familyPages.has(family.id) ? (
                <Link href={familyHref(family.id)} prefetch={false}>
                  {name}
                </Link>
              ) : (
                name
              )}{" "}
              <span className="text-base font-normal text-fg-muted">
                {fill(t.familySize, { count: family.members.length, years: years(family, t) })}
              </span>
            </h2>
            <div className="mt-2">
              <FamilyGraph layout={layoutFamily(family, locale)} label={name} />
            </div>
            <div className="mt-3">
              <FamilyList chains={familyChains(family)} label={name} />
            </div>
          </section>
        );
      })}
      {listed.length > 0 && (
        <section aria-labelledby="more-families" className="mt-8">
          <h2 id="more-families" className="text-xl font-semibold">
            {t.moreFamilies}
          </h2>
          <ul className="mt-2 columns-1 sm:columns-2">
            {listed.map((family) => (
              <li key={family.id}>
                {familyPages.has(family.id) ? (
                  <Link href={familyHref(family.id)} prefetch={false}>{familyName(family, locale)}</Link>
                ) : (
                  familyName(family, locale)
                )}{" "}
                <span className="text-sm text-fg-muted">{fill(t.familySizeParens, { count: family.members.length, years: years(family, t) })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
