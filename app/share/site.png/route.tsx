import { ImageResponse } from "next/og";
import { getCatalog } from "@/lib/catalog";
import { SHARE_IMAGE_SIZE } from "@/lib/publish/share-image";
import { ShareCard } from "@/components/share-card";

// out/share/site.png: the link-preview image of every page without its own.
export const dynamic = "force-static";

export function GET() {
  const count = getCatalog().entries.length;
  return new ImageResponse(
    <ShareCard kicker="Reference catalog" title="Generative AI, sourced" lines={[`${count} models, products, techniques and datasets`, "text, image, audio, video and embodied AI"]} />,
    SHARE_IMAGE_SIZE,
  );
}
