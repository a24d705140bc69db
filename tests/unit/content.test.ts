import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectContent } from "@/lib/content/load-content";
import { getCatalog } from "@/lib/catalog";

// Content checks on the repository's own content (the rules themselves live in the validator, with
// fixture tests): it validates, it covers what the catalog promises, and the article's systems are present.

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

describe("repository content", () => {
  it("validates with no problems", () => {
    expect(collectContent().problems).toEqual([]);
  });

  // The second wave's coverage goals, counted from the data (issue: 2023 to today, China's labs).
  it("has at least 200 entries", () => {
    expect(catalog.entries.length).toBeGreaterThanOrEqual(200);
  });

  it("covers the field since 2023: at least 80 entries released from 2023, 15 from 2025", () => {
    const since = (year: number) => catalog.entries.filter((entry) => entry.year !== null && entry.year >= year).length;
    expect(since(2023)).toBeGreaterThanOrEqual(80);
    expect(since(2025)).toBeGreaterThanOrEqual(15);
  });

  it("has at least 30 systems from organizations based in China", () => {
    expect(catalog.entries.filter((entry) => entry.countries.includes("CN")).length).toBeGreaterThanOrEqual(30);
  });

  it.each(ARTICLE_SLUGS)("has an entry for %s, named in the source article", (slug) => {
    expect(catalog.entries.map((entry) => entry.slug)).toContain(slug);
  });

  it("covers every modality from 2012 on", () => {
    for (const modality of ["text", "image", "audio", "video", "embodied", "multimodal"]) {
      expect(catalog.entries.filter((entry) => entry.modalitySlugs.includes(modality)).length, modality).toBeGreaterThanOrEqual(5);
    }
  });

  it("has an About page that lists corrections to the source article", () => {
    const about = catalog.pages.find((page) => page.slug === "about");
    expect(about?.body).toMatch(/## Corrections to the source article/);
    expect(about?.body).toMatch(/## Corrections to this catalog/);
    expect(about?.body).toMatch(/AI-generated content/i);
  });

  it("keeps the content template out of the catalog", () => {
    expect(fs.existsSync(path.join(process.cwd(), "content/models/_template.md"))).toBe(true);
    expect(catalog.entries.some((entry) => entry.name === "Example Model")).toBe(false);
  });
});
