import { ImageResponse } from "next/og";
import { entriesWithModality, getCatalog, getModality } from "@/lib/catalog";
import { SHARE_IMAGE_SIZE, slugOfPng } from "@/lib/publish/share-image";
import { ShareCard } from "@/components/share-card";

// out/share/modalities/<slug>.png: each modality page's link-preview image, rendered at build time.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().modalities.map((modality) => ({ file: `${modality.slug}.png` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const slug = slugOfPng((await params).file);
  const modality = slug ? getModality(slug) : undefined;
  if (!modality) return new Response("Not found", { status: 404 });
  const count = entriesWithModality(modality.slug).length;
  return new ImageResponse(
    <ShareCard kicker="Modality" title={`${modality.name} generation`} lines={[`${count} entries, each with its sources`]} />,
    SHARE_IMAGE_SIZE,
  );
}
