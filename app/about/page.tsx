import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/page-metadata";
import { notFound } from "next/navigation";
import { getCatalog, getPage } from "@/lib/catalog";
import { catalogCoverage } from "@/lib/coverage";
import { CoverageTable } from "@/components/coverage-table";
import { renderMarkdown } from "@/lib/markdown";
import { catalogDatasetJsonLd } from "@/lib/publish/structured-data";
import { JsonLd } from "@/components/json-ld";

const page = () => getPage("about");

export function generateMetadata(): Metadata {
  const about = page();
  return about ? pageMetadata({ title: about.title, description: about.description, path: "/about" }) : {};
}

export default async function AboutPage() {
  const about = page();
  if (!about) notFound();
  const html = await renderMarkdown(about.body);
  return (
    <article className="mx-auto max-w-3xl">
      <JsonLd data={catalogDatasetJsonLd(getCatalog())} />
      <h1 className="text-3xl font-bold">{about.title}</h1>
      <div className="prose-body mt-6" dangerouslySetInnerHTML={{ __html: html }} />
      <CoverageTable coverage={catalogCoverage(getCatalog())} />
    </article>
  );
}
