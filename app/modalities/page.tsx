import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/page-metadata";
import Link from "@/components/intent-link";
import { entriesWithModality, getCatalog } from "@/lib/catalog";
import { modalityHref } from "@/lib/routes";

export const metadata: Metadata = pageMetadata({
  title: "Modalities",
  description: "Generative AI by modality: text, image, audio, video, embodied and multimodal models.",
  path: "/modalities",
});

export default function ModalitiesPage() {
  const catalog = getCatalog();
  return (
    <div>
      <h1 className="text-3xl font-bold">Modalities</h1>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {catalog.modalities.map((modality) => (
          <li key={modality.slug} className="rounded-lg border border-border p-4">
            <Link href={modalityHref(modality.slug)} className="text-lg font-semibold">
              {modality.name}
            </Link>{" "}
            <span className="text-sm text-fg-muted">({entriesWithModality(modality.slug, catalog).length} entries)</span>
            <p className="mt-1 text-fg-muted">{modality.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
