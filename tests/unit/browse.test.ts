import { describe, expect, it } from "vitest";
import { createBrowser } from "@/lib/search/browse";
import { EMPTY_STATE } from "@/lib/search/browse-state";
import type { IndexEntry } from "@/lib/search/search-index";

const entry = (slug: string, released: string, fields: Partial<IndexEntry> = {}): IndexEntry => ({
  slug, name: slug.toUpperCase(), aliases: [], organizations: ["Lab"], variants: [], keywords: [], countries: ["US"], kind: "model", released, year: Number(released.slice(0, 4)),
  era: null, input: ["text"], output: ["text"], modalitySlugs: ["text"], architecture: "transformer", openWeights: "no",
  parameters: null, summary: "", ...fields,
});

const index = [
  entry("old-gan", "2014", { input: [], output: ["image"], modalitySlugs: ["image"], architecture: "gan", parameters: 1_000_000 }),
  entry("text-model", "2020-05", { parameters: 175_000_000_000, openWeights: "yes", organizations: ["OpenAI"] }),
  entry("vision-lm", "2023-03", { input: ["text", "image"], modalitySlugs: ["text", "image", "multimodal"], organizations: ["Google"], countries: ["CN"] }),
  entry("video-gen", "2024-02", { output: ["video"], modalitySlugs: ["text", "video"], kind: "product", organizations: ["OpenAI"] }),
];
const browser = createBrowser(index);
const slugs = (state: Partial<typeof EMPTY_STATE>) => browser.results({ ...EMPTY_STATE, ...state }).map((e) => e.slug);

describe("browse", () => {
  it("lists newest first by default", () => {
    expect(slugs({})).toEqual(["video-gen", "vision-lm", "text-model", "old-gan"]);
  });

  it("matches a modality among inputs or outputs, including derived multimodal", () => {
    expect(slugs({ modality: ["image"] })).toEqual(["vision-lm", "old-gan"]);
    expect(slugs({ modality: ["multimodal"] })).toEqual(["vision-lm"]);
  });

  it("filters by input and output separately, with none for unconditional", () => {
    expect(slugs({ input: ["none"] })).toEqual(["old-gan"]);
    expect(slugs({ input: ["text"], output: ["video"] })).toEqual(["video-gen"]);
  });

  it("reads several inputs or outputs as all of them: text and image in finds the vision-language model only", () => {
    expect(slugs({ input: ["text", "image"] })).toEqual(["vision-lm"]);
    expect(slugs({ input: ["text", "image"], output: ["text"] })).toEqual(["vision-lm"]);
    expect(browser.counts({ ...EMPTY_STATE, input: ["text"] }, "input", ["text", "image"])).toEqual(new Map([["text", 3], ["image", 1]]));
  });

  it("filters by the country of an entry's organizations", () => {
    expect(slugs({ country: ["CN"] })).toEqual(["vision-lm"]);
  });

  it("combines facets with AND and values within a facet with OR", () => {
    expect(slugs({ org: ["OpenAI", "Google"], kind: ["model"] })).toEqual(["vision-lm", "text-model"]);
  });

  it("filters by year range, inclusive", () => {
    expect(slugs({ from: 2020, to: 2023 })).toEqual(["vision-lm", "text-model"]);
  });

  it("sorts by parameters with undisclosed last, by name and by age", () => {
    expect(slugs({ sort: "parameters" })).toEqual(["text-model", "old-gan", "video-gen", "vision-lm"]);
    expect(slugs({ sort: "oldest" })[0]).toBe("old-gan");
    expect(slugs({ sort: "name" })).toEqual(["old-gan", "text-model", "video-gen", "vision-lm"]);
  });

  it("combines search with filters", () => {
    expect(slugs({ q: "openai", kind: ["product"] })).toEqual(["video-gen"]);
  });

  it("counts each facet option as if it were chosen, keeping the other facets", () => {
    const counts = browser.counts({ ...EMPTY_STATE, org: ["OpenAI"], modality: ["image"] }, "modality", ["text", "image", "video"]);
    expect(Object.fromEntries(counts)).toEqual({ text: 2, image: 0, video: 1 });
  });
});
