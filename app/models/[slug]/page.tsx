import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCatalog, getEntry } from "@/lib/catalog";
import { renderMarkdown } from "@/lib/markdown";
import { EntryFacts } from "@/components/entry-facts";
import { EntryRelations } from "@/components/entry-relations";
import { EntryTimelinePosition } from "@/components/entry-timeline-position";
import { SourceList } from "@/components/source-list";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().entries.map((entry) => ({ slug: entry.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = getEntry((await params).slug);
  if (!entry) return {};
  return { title: entry.name, description: entry.summary, alternates: { canonical: `/models/${entry.slug}` } };
}

export default async function EntryPage({ params }: Props) {
  const catalog = getCatalog();
  const entry = getEntry((await params).slug, catalog);
  if (!entry) notFound();
  const html = await renderMarkdown(entry.body);

  return (
    <article className="mx-auto max-w-3xl">
      <p className="text-sm text-fg-muted">
        <Link href="/models">Models</Link> <span aria-hidden="true">/</span> {entry.name}
      </p>
      <h1 className="mt-1 text-3xl font-bold">{entry.name}</h1>
      <p className="mt-2 text-lg text-fg-muted">{entry.summary}</p>
      <p className="mt-3">
        <Link href={`/compare?models=${entry.slug}`} className="font-medium">
          Add to compare
        </Link>
      </p>
      <div className="mt-6">
        <EntryFacts entry={entry} catalog={catalog} />
      </div>
      <div className="prose-body mt-8" dangerouslySetInnerHTML={{ __html: html }} />
      <EntryRelations entry={entry} catalog={catalog} />
      <EntryTimelinePosition entry={entry} catalog={catalog} />
      <section aria-labelledby="sources-heading" className="mt-8">
        <h2 id="sources-heading" className="mb-2 text-xl font-semibold">
          Sources
        </h2>
        <SourceList sources={entry.sources} />
      </section>
    </article>
  );
}
