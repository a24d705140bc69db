import { describe, expect, it } from "vitest";
import { buildCatalog } from "@/lib/catalog";
import { compareEntryFiles, compareEntryForFile, suggestedComparisons, toCompareEntry } from "@/lib/compare-data";
import type { RawContent } from "@/lib/load-content";
import type { ModelFrontMatter } from "@/lib/schema";

function model(slug: string, data: Partial<ModelFrontMatter>) {
  return {
    slug,
    file: `content/models/${slug}.md`,
    body: "Long Markdown prose that must never reach the compare data.",
    data: {
      name: slug.toUpperCase(),
      aliases: [],
      kind: "model",
      organizations: ["Lab"],
      released: "2023-03-14",
      modalities: { input: ["text"], output: ["text"] },
      architecture: "transformer",
      parameters: "undisclosed",
      openWeights: "no",
      related: [],
      summary: "A fixture entry for the compare data tests.",
      sources: [{ title: "Paper", url: "https://example.org/paper" }],
      ...data,
    } as ModelFrontMatter,
  };
}

const raw: RawContent = {
  modalities: [
    { slug: "text", file: "t.md", body: "", data: { name: "Text", order: 1, type: "medium", summary: "Text generation." } },
    { slug: "image", file: "i.md", body: "", data: { name: "Image", order: 2, type: "medium", summary: "Image generation." } },
  ],
  eras: [
    { slug: "fusion", file: "f.md", body: "", data: { name: "Fusion", order: 1, start: 2017, end: 2021, summary: "The fusion years.", articleSays: "x", sources: [] } },
    { slug: "unified", file: "u.md", body: "", data: { name: "Unified", order: 2, start: 2022, end: null, summary: "The unified years.", articleSays: "x", sources: [] } },
  ],
  models: [
    model("gpt-4", { name: "GPT-4", related: [{ type: "successor-of", slug: "gpt-3-5" }], modalities: { input: ["text", "image"], output: ["text"] } }),
    model("gpt-3-5", { name: "GPT-3.5", released: "2022-03" }),
    model("palm-e", { name: "PaLM-E", parameters: 562_000_000_000 }),
    model("alexnet", { name: "AlexNet", released: "2012-09-30", modalities: { input: [], output: ["image"] } }),
  ],
  milestones: [],
  pages: [],
};
const catalog = buildCatalog(raw);

describe("toCompareEntry", () => {
  it("shapes facts into names and labels and carries no prose", () => {
    const gpt4 = toCompareEntry(catalog.entries.find((entry) => entry.slug === "gpt-4")!, catalog);
    expect(gpt4).toMatchObject({
      slug: "gpt-4",
      name: "GPT-4",
      era: "Unified (2022–today)",
      input: ["Text", "Image"],
      output: ["Text"],
      parameters: "undisclosed",
      relations: [{ label: "Successor of", slug: "gpt-3-5", name: "GPT-3.5" }],
    });
    expect(JSON.stringify(gpt4)).not.toContain("Long Markdown prose");
  });

  it("lists the entries that point back at an entry", () => {
    expect(compareEntryForFile("gpt-3-5.json", catalog)?.relations).toEqual([{ label: "Succeeded by", slug: "gpt-4", name: "GPT-4" }]);
  });

  it("has no era before the catalog's first one and an empty input for generation from noise", () => {
    expect(compareEntryForFile("alexnet.json", catalog)).toMatchObject({ era: null, input: [] });
  });
});

describe("per-entry files", () => {
  it("names one JSON file per entry and answers only for those", () => {
    expect(compareEntryFiles(catalog).sort()).toEqual(["alexnet.json", "gpt-3-5.json", "gpt-4.json", "palm-e.json"]);
    expect(compareEntryForFile("palm-e.json", catalog)?.parameters).toBe(562_000_000_000);
    expect(compareEntryForFile("palm-e", catalog)).toBeUndefined();
    expect(compareEntryForFile("nope.json", catalog)).toBeUndefined();
  });
});

describe("suggestedComparisons", () => {
  it("offers only entries that exist and drops a suggestion left with fewer than two", () => {
    const suggestions = suggestedComparisons(catalog);
    expect(suggestions[0]).toEqual({
      href: "/compare?models=gpt-4,palm-e",
      label: "GPT-4 with PaLM-E",
      entries: [{ slug: "gpt-4", name: "GPT-4" }, { slug: "palm-e", name: "PaLM-E" }],
    });
    // ["gpt-3-5", "chatgpt", "gpt-4"] without ChatGPT still compares two entries.
    expect(suggestions.map((suggestion) => suggestion.label)).toEqual(["GPT-4 with PaLM-E", "GPT-3.5 with GPT-4"]);
  });
});
