import { describe, expect, it } from "vitest";
import { getCatalog } from "@/lib/catalog";
import { comparePagePath, compareTitle } from "@/lib/compare/compare-naming";
import { getStaticComparison, staticComparisons } from "@/lib/compare/compare-pages";
import { SUGGESTED_COMPARISONS } from "@/lib/compare/compare-data";

describe("compare naming", () => {
  it("titles a comparison by the names compared", () => {
    expect(compareTitle(["GPT-4", "PaLM-E"])).toBe("GPT-4 vs PaLM-E · Compare");
    expect(compareTitle([])).toBe("Compare");
  });

  it("gives each suggested comparison a readable static path", () => {
    expect(comparePagePath(["gpt-4", "palm-e"])).toBe("/compare/gpt-4-vs-palm-e");
  });
});

describe("static comparisons", () => {
  const catalog = getCatalog();

  it("exist for every suggested comparison whose entries exist", () => {
    const expected = SUGGESTED_COMPARISONS.map((slugs) => slugs.filter((slug) => catalog.entries.some((e) => e.slug === slug)))
      .filter((slugs) => slugs.length >= 2)
      .map((slugs) => slugs.join("-vs-"));
    expect(staticComparisons(catalog).map((c) => c.pair)).toEqual(expected);
    expect(expected).toContain("gpt-4-vs-palm-e");
  });

  it("find a pair's entries in order, and nothing for an unknown pair", () => {
    expect(getStaticComparison("gpt-4-vs-palm-e", catalog)?.entries.map((e) => e.name)).toEqual(["GPT-4", "PaLM-E"]);
    expect(getStaticComparison("palm-e-vs-gpt-4", catalog)).toBeUndefined();
  });
});
