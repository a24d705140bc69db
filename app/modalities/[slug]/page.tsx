import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { entriesWithModality, getCatalog, getModality } from "@/lib/catalog";
import { renderMarkdown } from "@/lib/markdown";
import { EntryList } from "@/components/entry-list";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().modalities.map((modality) => ({ slug: modality.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const modality = getModality((await params).slug);
  if (!modality) return {};
  return { title: `${modality.name} generation`, description: modality.summary };
}

export default async function ModalityPage({ params }: Props) {
  const catalog = getCatalog();
  const modality = getModality((await params).slug, catalog);
  if (!modality) notFound();
  const entries = entriesWithModality(modality.slug, catalog);
  const html = await renderMarkdown(modality.body);

  return (
    <div className="mx-auto max-w-4xl">
      <p className="text-sm text-fg-muted">
        <Link href="/modalities">Modalities</Link> <span aria-hidden="true">/</span> {modality.name}
      </p>
      <h1 className="mt-1 text-3xl font-bold">{modality.name} generation</h1>
      <p className="mt-2 text-lg text-fg-muted">{modality.summary}</p>
      <div className="prose-body mt-6" dangerouslySetInnerHTML={{ __html: html }} />
      <section aria-labelledby="entries-heading" className="mt-10">
        <h2 id="entries-heading" className="text-2xl font-semibold">
          {entries.length} {modality.name.toLowerCase()} entries, oldest first
        </h2>
        <p className="mb-4 mt-1">
          <Link href={`/models?modality=${modality.slug}`}>Filter and search these in the model list</Link>
        </p>
        <EntryList entries={entries} modalities={catalog.modalities} />
      </section>
    </div>
  );
}
