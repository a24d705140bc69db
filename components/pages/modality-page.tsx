import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/page-metadata";
import Link from "@/components/intent-link";
import { notFound } from "next/navigation";
import { entriesWithModality, catalogIn, getCatalog, getModality } from "@/lib/catalog";
import { renderMarkdown } from "@/lib/markdown";
import { modalityShareImage } from "@/lib/publish/share-image";
import { EntryList } from "@/components/entry-list";
import { modalityHref } from "@/lib/routes";
import { fill, plural } from "@/lib/i18n/format-message";
import { messagesFor } from "@/lib/i18n/messages";

type Props = { locale: Locale; params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().modalities.map((modality) => ({ slug: modality.slug }));
}

export async function generateMetadata({ locale, params }: Props): Promise<Metadata> {
  const modality = getModality((await params).slug, catalogIn(locale));
  if (!modality) return {};
  return pageMetadata({
    locale,
    title: fill(messagesFor(locale).pages.modality.metaTitle, { name: modality.name }),
    description: modality.summary,
    path: modalityHref(modality.slug),
    image: modalityShareImage(modality.slug),
  });
}

export default async function ModalityPage({ locale, params }: Props) {
  setRequestLocale(locale);
  const catalog = catalogIn(locale);
  const modality = getModality((await params).slug, catalog);
  if (!modality) notFound();
  const html = await renderMarkdown(modality.body, [], locale);
  // "Generates video" and "understands video" are different questions: media modalities list
  // the entries that produce them first, then those that only take them in. "Multimodal" is one list.
  const composite = modality.type === "composite";
  const entries = entriesWithModality(modality.slug, catalog);
  const generates = composite ? entries : entries.filter((entry) => entry.modalities.output.includes(modality.slug));
  const understands = composite ? [] : entries.filter((entry) => !entry.modalities.output.includes(modality.slug));
  const name = modality.name.toLowerCase();
  const { pages } = messagesFor(locale);
  const t = pages.modality;

  return (
    <div className="mx-auto max-w-4xl">
      <p className="text-sm text-fg-muted">
        <Link href="/modalities">{pages.modalities.title}</Link> <span aria-hidden="true">/</span> {modality.name}
      </p>
      <h1 className="mt-1 text-3xl font-bold">{modality.name}</h1>
      <p className="mt-2 text-lg text-fg-muted">{modality.summary}</p>
      <div className="prose-body mt-6" dangerouslySetInnerHTML={{ __html: html }} />
      <section aria-labelledby="generates-heading" className="mt-10">
        <h2 id="generates-heading" className="text-2xl font-semibold">
          {composite ? plural(locale, t.compositeHeading, generates.length) : plural(locale, t.generatesHeading, generates.length, { name })}
        </h2>
        <p className="mb-4 mt-1">
          <Link href={composite ? `/models?modality=${modality.slug}` : `/models?out=${modality.slug}`}>
            {composite ? t.compositeLink : fill(t.generatesLink, { name })}
          </Link>
        </p>
        <EntryList entries={generates} modalities={catalog.modalities} />
      </section>
      {understands.length > 0 && (
        <section aria-labelledby="understands-heading" className="mt-10">
          <h2 id="understands-heading" className="text-2xl font-semibold">
            {plural(locale, t.understandsHeading, understands.length, { name })}
          </h2>
          <p className="mb-4 mt-1">
            <Link href={`/models?in=${modality.slug}`}>{fill(t.understandsLink, { name })}</Link>
          </p>
          <EntryList entries={understands} modalities={catalog.modalities} />
        </section>
      )}
    </div>
  );
}
