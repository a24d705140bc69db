import { describe, expect, it } from "vitest";
import { compareEntryFiles, compareEntryForFile, suggestedComparisons, toCompareEntry } from "@/lib/compare/compare-data";
import { makeCatalog, model } from "../fixtures/small-catalog";

const catalog = makeCatalog({
  models: [
    model({ slug: "gpt-4", released: "2023-03-14", name: "GPT-4", input: ["text", "image"], related: [{ type: "successor-of", slug: "gpt-3-5" }] }),
    model({ slug: "gpt-3-5", released: "2022-03", name: "GPT-3.5" }),
    model({ slug: "palm-e", released: "2023-03-06", name: "PaLM-E", parameters: 562_000_000_000 }),
    model({ slug: "alexnet", released: "2012-09-30", name: "AlexNet", input: [], output: ["image"] }),
  ].map((file) => ({ ...file, body: "Long Markdown prose that must never reach the compare data." })),
  eras: [
    ["fusion", { name: "Fusion", order: 1, start: 2017, end: 2021, summary: "The fusion years.", articleSays: "x", sources: [] }],
    ["unified", { name: "Unified", order: 2, start: 2022, end: null, summary: "The unified years.", articleSays: "x", sources: [] }],
  ],
});

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
      released: "2023-03-14",
      facts: {
        parameters: { text: "Undisclosed" },
        released: { text: "14 March 2023", dateTime: "2023-03-14", citation: { number: 1, title: "Example", url: "https://example.org/" } },
      },
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
    expect(compareEntryForFile("palm-e.json", catalog)?.facts.parameters).toEqual({ text: "562B", citation: { number: 1, title: "Example", url: "https://example.org/" } });
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

describe("suggested comparisons in a catalog without the curated pairs", () => {
  it("suggests its two newest entries, so the static comparison pages still build", async () => {
    const { buildCatalog } = await import("@/lib/catalog");
    const { loadContent } = await import("@/lib/content/load-content");
    const { suggestedComparisons } = await import("@/lib/compare/compare-data");
    const catalog = buildCatalog(loadContent("tests/fixtures/valid", new Date("2026-01-01T00:00:00Z")));
    const suggestions = suggestedComparisons(catalog);
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0].entries.map((entry) => entry.slug)).toEqual(catalog.entries.slice(-2).reverse().map((entry) => entry.slug));
  });
});

describe("entryNames: what /compare reads before anyone searches", () => {
  it("lists every entry once, with its name in the catalog's language", async () => {
    const { catalogIn, getCatalog } = await import("@/lib/catalog");
    const v = await import("valibot");
    const { entryNames, entryNamesSchema } = await import("@/lib/compare/entry-names");
    // Written as the file is, read back as /compare reads it.
    const read = (locale: "en" | "zh") => v.parse(entryNamesSchema, JSON.parse(JSON.stringify(entryNames(catalogIn(locale)))));
    const english = read("en");
    const chinese = read("zh");
    expect(english.map((entry) => entry.slug)).toEqual(getCatalog().entries.map((entry) => entry.slug));
    expect(chinese.map((entry) => entry.slug)).toEqual(english.map((entry) => entry.slug));
    expect(english.find((entry) => entry.slug === "ernie-bot")?.name).toBe("ERNIE Bot");
    expect(chinese.find((entry) => entry.slug === "ernie-bot")?.name).toBe("文心一言");
    expect(() => v.parse(entryNamesSchema, [{ slug: "gpt-4", name: "GPT-4" }])).toThrow();
  });
});
