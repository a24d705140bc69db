import { ImageResponse } from "next/og";
import { getCatalog, getEntry } from "@/lib/catalog";
import { inputOutputPhrase, makersAndDate } from "@/lib/publish/entry-preview";
import { SHARE_IMAGE_SIZE, slugOfPng } from "@/lib/publish/share-image";
import { LABELS } from "@/lib/i18n/labels";
import { ShareCard } from "@/components/share-card";

// out/share/models/<slug>.png: each entry's link-preview image, rendered at build time. One image
// serves both languages, in English: the renderer's bundled font has no CJK glyphs and the build
// ships no Chinese font, so Chinese text would come out as empty boxes.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().entries.map((entry) => ({ file: `${entry.slug}.png` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const slug = slugOfPng((await params).file);
  const entry = slug ? getEntry(slug) : undefined;
  if (!entry) return new Response("Not found", { status: 404 });
  return new ImageResponse(
    <ShareCard kicker={LABELS.en.kind[entry.kind]} title={entry.name} lines={[makersAndDate(entry, 2), inputOutputPhrase(entry)]} />,
    SHARE_IMAGE_SIZE,
  );
}
