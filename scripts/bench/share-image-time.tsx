// How long one share image (next/og's ImageResponse over components/share-card.tsx) takes to render:
// every entry, modality and comparison pair gets one at build time, so at 10,000 entries this is a
// large part of the build. `npx tsx scripts/bench/share-image-time.tsx [count]`.
import React from "react";
import { ImageResponse } from "next/og";
import { ShareCard } from "@/components/share-card";
import { SHARE_IMAGE_SIZE } from "@/lib/publish/share-image";

const count = Number(process.argv[2] ?? 40);
const durations: number[] = [];
let bytes = 0;
for (let i = 0; i < count; i++) {
  const start = performance.now();
  const image = new ImageResponse(
    React.createElement(ShareCard, { kicker: "Model", title: `Synthetic model ${i}`, lines: ["Example Lab · March 2023", "Text and images in, text out"] }),
    SHARE_IMAGE_SIZE,
  );
  bytes += (await image.arrayBuffer()).byteLength;
  durations.push(performance.now() - start);
}
const steady = durations.slice(1);
const mean = steady.reduce((sum, ms) => sum + ms, 0) / steady.length;
console.log(`first image: ${durations[0].toFixed(0)} ms (loads the renderer and its font)`);
console.log(`then: ${mean.toFixed(1)} ms per image (mean of ${steady.length}), ${(bytes / count / 1024).toFixed(1)} KB each`);
console.log(`10,000 images: ${((mean * 10_000) / 1000).toFixed(0)} s of CPU on one core`);
