import { ImageResponse } from "next/og";
import { getStaticComparison, staticComparisons } from "@/lib/compare/compare-pages";
import { SHARE_IMAGE_SIZE, slugOfPng } from "@/lib/publish/share-image";
import { ShareCard } from "@/components/share-card";

// out/share/compare/<pair>.png: each static comparison page's link-preview image.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return staticComparisons().map(({ pair }) => ({ file: `${pair}.png` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const pair = slugOfPng((await params).file);
  const comparison = pair ? getStaticComparison(pair) : undefined;
  if (!comparison) return new Response("Not found", { status: 404 });
  return new ImageResponse(
    <ShareCard
      kicker="Compare"
      title={comparison.entries.map((entry) => entry.name).join(" vs ")}
      lines={[`${comparison.entries.length} entries side by side, every value with its source`]}
    />,
    SHARE_IMAGE_SIZE,
  );
}
