import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectContent } from "@/lib/load-content";
import { getCatalog } from "@/lib/catalog";

// Keeps the repository's own content honest: every entry sourced and explained, and every system
// the source article names present.

const ARTICLE_SLUGS = [
  "jasper", "copy-ai", "chatgpt", "bard", "gpt-4", "gpt-3-5",
  "editgan", "deepfake", "dall-e", "stable-diffusion", "pix2pixhd", "spade", "biggan", "stylegan2", "imagen",
  "interpolated-gan", "controllable-gan",
  "deepmusic", "wavenet", "deep-voice", "musicautobot",
  "videogpt", "gliacloud", "imagen-video",
  "alexnet", "howto100m", "lxmert", "visualbert", "videobert", "uniter",
  "palm-e",
];

const catalog = getCatalog();
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe("repository content", () => {
  it("validates with no problems", () => {
    expect(collectContent().problems).toEqual([]);
  });

  it("has at least 75 entries", () => {
    expect(catalog.entries.length).toBeGreaterThanOrEqual(75);
  });

  it.each(ARTICLE_SLUGS)("has an entry for %s, named in the source article", (slug) => {
    expect(catalog.entries.map((entry) => entry.slug)).toContain(slug);
  });

  it("gives every entry at least one http(s) source, a summary and 120+ words of prose", () => {
    const problems = catalog.entries.flatMap((entry) => [
      ...(entry.sources.length === 0 ? [`${entry.slug}: no source`] : []),
      ...entry.sources.filter((s) => !/^https?:\/\//.test(s.url)).map((s) => `${entry.slug}: source ${s.url} is not http(s)`),
      ...(entry.summary.trim() === "" ? [`${entry.slug}: no summary`] : []),
      ...(words(entry.body) < 120 ? [`${entry.slug}: only ${words(entry.body)} words of prose`] : []),
    ]);
    expect(problems).toEqual([]);
  });

  it("covers every modality from 2012 on", () => {
    for (const modality of ["text", "image", "audio", "video", "embodied", "multimodal"]) {
      expect(catalog.entries.filter((entry) => entry.modalitySlugs.includes(modality)).length, modality).toBeGreaterThanOrEqual(5);
    }
  });

  it("links from prose only to pages that exist", () => {
    const targets = new Set([
      ...catalog.entries.map((e) => `/models/${e.slug}`),
      ...catalog.modalities.map((m) => `/modalities/${m.slug}`),
      "/models", "/modalities", "/timeline", "/compare", "/about",
    ]);
    const bodies = [...catalog.entries, ...catalog.modalities, ...catalog.eras, ...catalog.milestones, ...catalog.pages];
    const broken = bodies.flatMap((item) =>
      [...item.body.matchAll(/\]\((\/[^)\s#?]*)/g)].map((m) => m[1]).filter((href) => !targets.has(href)).map((href) => `${item.slug} → ${href}`),
    );
    expect(broken).toEqual([]);
  });

  it("has an About page that lists corrections to the source article", () => {
    const about = catalog.pages.find((page) => page.slug === "about");
    expect(about?.body).toMatch(/## Corrections to the source article/);
    expect(about?.body).toMatch(/AI-generated content/i);
  });

  it("keeps the content template out of the catalog", () => {
    expect(fs.existsSync(path.join(process.cwd(), "content/models/_template.md"))).toBe(true);
    expect(catalog.entries.some((entry) => entry.name === "Example Model")).toBe(false);
  });
});
