import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/page-metadata";
import { LineageIntro } from "@/components/lineage/lineage-intro";
import { LineageView } from "@/components/lineage/lineage-view";
import { catalogIn } from "@/lib/catalog";
import { descentFamilies } from "@/lib/lineage/lineage-pages";
import { messagesFor } from "@/lib/i18n/messages";

export function generateMetadata({ locale }: { locale: Locale }): Metadata {
  const t = messagesFor(locale).lineage;
  return pageMetadata({ locale, title: t.title, description: t.description, path: "/lineage" });
}

export default function LineagePage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const catalog = catalogIn(locale);
  const families = descentFamilies(catalog);
  return (
    <article>
      <LineageIntro />
      <LineageView families={families} modalities={catalog.modalities} modality={null} relation="descent" familyPages={new Set(families.map((family) => family.id))} />
    </article>
  );
}
