import { describe, expect, it } from "vitest";
import { getCatalog, getEntry } from "@/lib/catalog";
import { entryHeadline, inputOutputPhrase, makersAndDate } from "@/lib/publish/entry-preview";

const entry = (slug: string) => {
  const found = getEntry(slug, getCatalog());
  if (!found) throw new Error(`no entry ${slug}`);
  return found;
};

describe("entryHeadline", () => {
  it("names the entry, its makers, its month and what goes in and out", () => {
    expect(entryHeadline(entry("gpt-4"))).toBe("GPT-4 — OpenAI, March 2023: text and images in, text out");
  });

  it("leaves out a date no source gives, and says noise for unconditional generation", () => {
    expect(
      entryHeadline({ name: "X", kind: "model", modalities: { input: [], output: ["image"] }, organizationNames: ["A", "B", "C"], releaseDate: null }),
    ).toBe("X — A, B and C: noise in, images out");
  });

  it("shortens a long list of makers for the share image", () => {
    expect(makersAndDate({ organizationNames: ["A", "B", "C", "D"], releaseDate: "2014-11-03" }, 2)).toBe("A, B and 2 more, November 2014");
  });

  it("describes a dataset as pairing its media", () => {
    expect(inputOutputPhrase({ kind: "dataset", modalities: { input: ["image"], output: ["text"] } })).toBe("a dataset pairing images with text");
  });
});
