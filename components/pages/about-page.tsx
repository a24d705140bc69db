import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/page-metadata";
import { notFound } from "next/navigation";
import { catalogIn, getPage } from "@/lib/catalog";
import { catalogCoverage } from "@/lib/coverage";
import { CoverageTable } from "@/components/coverage-table";
import { renderMarkdown } from "@/lib/markdown";
import { catalogDatasetJsonLd } from "@/lib/publish/structured-data";
import { JsonLd } from "@/components/json-ld";

const page = (locale: Locale) => getPage("about", catalogIn(locale));

export function generateMetadata({ locale }: { locale: Locale }): Metadata {
  const about = page(locale);
  return about ? pageMetadata({ locale, title: about.title, description: about.description, path: "/about" }) : {};
}

export default async function AboutPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const about = page(locale);
  if (!about) notFound();
  const html = await renderMarkdown(about.body, [], locale);
  return (
    <article className="mx-auto max-w-3xl">
      <JsonLd data={catalogDatasetJsonLd(catalogIn(locale))} />
      <h1 className="text-3xl font-bold">{about.title}</h1>
      <div className="prose-body mt-6" dangerouslySetInnerHTML={{ __html: html }} />
      <CoverageTable coverage={catalogCoverage(catalogIn(locale))} />
    </article>
  );
}
