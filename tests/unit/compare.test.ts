import { describe, expect, it } from "vitest";
import type { CompareEntry } from "@/lib/compare/compare-entry";
import { selectionNotices as noticesIn } from "@/lib/compare/compare-notices";
import { buildCompareRows as rowsIn } from "@/lib/compare/compare-rows";
import { compareHref, parseDiffFlag, parseSelection, type Selection } from "@/lib/compare/compare-url";
import { compare } from "@/lib/i18n/messages/compare";

// The English texts; compare-i18n.test.ts covers the Chinese ones.
const selectionNotices = (selection: Selection, nameOf: (slug: string) => string) => noticesIn(selection, nameOf, compare.en.notices, "en");
const buildCompareRows = (entries: readonly CompareEntry[]) => rowsIn(entries, compare.en.table, "en");

const KNOWN = ["gpt-4", "palm-e", "gpt-3-5", "stable-diffusion", "dall-e-2", "imagen", "sora"];
const NAMES: Record<string, string> = { "gpt-4": "GPT-4", "palm-e": "PaLM-E", imagen: "Imagen", sora: "Sora" };
const nameOf = (slug: string) => NAMES[slug] ?? slug;

describe("parseSelection", () => {
  it("keeps known slugs in the order given", () => {
    expect(parseSelection("palm-e,gpt-4", KNOWN)).toEqual({ slugs: ["palm-e", "gpt-4"], unknown: [], duplicates: [], overflow: [] });
  });

  it("names unknown slugs and leaves them out", () => {
    const selection = parseSelection("gpt-4,nope,palm-e", KNOWN);
    expect(selection.slugs).toEqual(["gpt-4", "palm-e"]);
    expect(selection.unknown).toEqual(["nope"]);
    expect(selectionNotices(selection, nameOf)).toEqual(["No entry in the catalog is called “nope”, so it was left out."]);
  });

  it("collapses duplicates, including spellings that resolve to the same slug", () => {
    const selection = parseSelection("gpt-4,nope,gpt-4,GPT4", KNOWN);
    expect(selection.slugs).toEqual(["gpt-4"]);
    expect(selection.duplicates).toEqual(["gpt-4"]);
    expect(selectionNotices(selection, nameOf)).toContain("GPT-4 was listed more than once and appears once.");
  });

  it("keeps the first four and reports the rest", () => {
    const selection = parseSelection("gpt-4,palm-e,imagen,sora,dall-e-2,gpt-3-5", KNOWN);
    expect(selection.slugs).toEqual(["gpt-4", "palm-e", "imagen", "sora"]);
    expect(selection.overflow).toEqual(["dall-e-2", "gpt-3-5"]);
    expect(selectionNotices(selection, nameOf)).toEqual([
      "Compare shows up to 4 entries at a time, so dall-e-2 and gpt-3-5 were left out.",
    ]);
  });

  it.each([
    ["GPT-4,PaLM-E", "case"],
    [" gpt-4 , palm-e ", "spaces around commas"],
    ["gpt-4 palm-e", "a space (how a plus sign arrives)"],
    ["gpt-4+palm-e", "a literal plus sign"],
    ["gpt-4;palm-e", "a semicolon"],
    ["gpt-4,,palm-e,", "empty items and a trailing comma"],
    ["gpt_4|PALM_E", "underscores and pipes"],
  ])("reads %j leniently (%s)", (raw) => {
    expect(parseSelection(raw, KNOWN).slugs.slice(0, 2)).toEqual(["gpt-4", "palm-e"]);
  });

  it("does not mistake a spaced name for its words: 'palm e' is two tokens", () => {
    expect(parseSelection("palm e", KNOWN)).toMatchObject({ slugs: [], unknown: ["palm", "e"] });
  });

  it("prefers an exact slug to a loose match and refuses an ambiguous loose one", () => {
    const known = ["gpt-3-5", "gpt-35"];
    expect(parseSelection("gpt-35", known).slugs).toEqual(["gpt-35"]);
    expect(parseSelection("GPT3.5", known)).toMatchObject({ slugs: [], unknown: ["GPT3.5"] });
  });

  it("returns nothing, and no notice, for an empty or missing parameter", () => {
    for (const raw of [null, undefined, "", " , ;+ "]) {
      const selection = parseSelection(raw, KNOWN);
      expect(selection).toEqual({ slugs: [], unknown: [], duplicates: [], overflow: [] });
      expect(selectionNotices(selection, nameOf)).toEqual([]);
    }
  });

  it("ignores invisible characters and keeps hostile text as plain, shortened words", () => {
    expect(parseSelection("gp\u200bt-4,\u202epalm-e", KNOWN).slugs).toEqual(["gpt-4", "palm-e"]);
    const long = "x".repeat(2000);
    const selection = parseSelection(`<script>alert(1)</script>,${long},gpt-4`, KNOWN);
    expect(selection.slugs).toEqual(["gpt-4"]);
    expect(selection.unknown).toEqual(["<script>alert(1)</script>", long]);
    const [notice] = selectionNotices(selection, nameOf);
    expect(notice).toBe(`No entries in the catalog are called “<script>alert(1)</script>” and “${"x".repeat(30)}…”, so they were left out.`);
  });

  it("lists at most three unknown words and counts the rest", () => {
    const [notice] = selectionNotices(parseSelection("a,b,c,d,e", KNOWN), nameOf);
    expect(notice).toBe("No entries in the catalog are called “a”, “b”, “c” and 2 more, so they were left out.");
  });
});

describe("compare URLs", () => {
  it("writes the selection and the differences flag", () => {
    expect(compareHref(["gpt-4", "palm-e"])).toBe("/compare?models=gpt-4,palm-e");
    expect(compareHref(["gpt-4", "palm-e"], true)).toBe("/compare?models=gpt-4,palm-e&diff=1");
    expect(compareHref([], true)).toBe("/compare");
    expect(compareHref(["a", "b", "c", "d", "e"])).toBe("/compare?models=a,b,c,d");
  });

  it("reads the differences flag", () => {
    expect(parseDiffFlag("1")).toBe(true);
    expect(parseDiffFlag("TRUE")).toBe(true);
    expect(parseDiffFlag("0")).toBe(false);
    expect(parseDiffFlag(null)).toBe(false);
  });
});

function entry(overrides: Partial<CompareEntry>): CompareEntry {
  return {
    slug: "alpha",
    name: "Alpha",
    kind: "model",
    organizations: ["OpenAI", "Microsoft"],
    released: "2023-03-14",
    era: "Unified multimodal (2021–today)",
    input: ["Text", "Image"],
    output: ["Text"],
    architecture: "transformer",
    parameters: "undisclosed",
    openWeights: "no",
    facts: {
      released: { text: "14 March 2023", dateTime: "2023-03-14", citation: { number: 1, title: "Paper", url: "https://example.org/alpha" } },
      parameters: { text: "Undisclosed" },
    },
    relations: [],
    summary: "A model used as a fixture in the compare tests.",
    sources: [{ id: "paper", title: "Paper", url: "https://example.org/alpha" }],
    ...overrides,
  };
}

const row = (entries: CompareEntry[], key: string) => buildCompareRows(entries).find((each) => each.key === key)!;

describe("buildCompareRows", () => {
  it("has the rows of the compare table, in order", () => {
    expect(buildCompareRows([entry({})]).map((each) => each.label)).toEqual([
      "Kind", "Organizations", "Release date", "Era", "Input modalities", "Output modalities", "Architecture",
      "Parameters", "Open weights", "Relations", "Summary", "Sources",
    ]);
  });

  it("formats parameters: a published count against undisclosed differs", () => {
    const parameters = row([entry({}), entry({ slug: "beta", parameters: 562_000_000_000, facts: { released: { text: "14 March 2023", dateTime: "2023-03-14" }, parameters: { text: "562B", citation: { number: 2, title: "Report", url: "https://example.org/beta" } } } })], "parameters");
    expect(parameters.cells.map((cell) => cell.type === "text" && cell.text)).toEqual(["Undisclosed", "562B"]);
    expect(parameters.differs).toBe(true);
    expect(row([entry({}), entry({ slug: "beta" })], "parameters").differs).toBe(false);
  });

  it("treats lists as sets: the same organizations in another order are equal", () => {
    const entries = [entry({}), entry({ slug: "beta", organizations: ["Microsoft", "OpenAI"], input: ["Image", "Text"] })];
    expect(row(entries, "organizations").differs).toBe(false);
    expect(row(entries, "input").differs).toBe(false);
    expect(row([entry({}), entry({ slug: "beta", organizations: ["OpenAI"] })], "organizations").differs).toBe(true);
  });

  it("compares release dates as written, so a month differs from a day inside it", () => {
    expect(row([entry({}), entry({ slug: "beta", released: "2023-03", facts: { released: { text: "March 2023", dateTime: "2023-03" }, parameters: { text: "Undisclosed" } } })], "released").differs).toBe(true);
    expect(row([entry({})], "released").cells[0]).toMatchObject({ text: "14 March 2023", dateTime: "2023-03-14", citation: { number: 1, url: "https://example.org/alpha" } });
  });

  it("shows an optional fact's row only when a compared entry records it", () => {
    const licensed = entry({
      slug: "beta",
      facts: { released: { text: "2023" }, parameters: { text: "Undisclosed" }, licence: { text: "Apache-2.0", citation: { number: 1, title: "Card", url: "https://example.org/card" } } },
    });
    const labels = buildCompareRows([entry({}), licensed]).map((each) => each.label);
    expect(labels).toContain("Licence");
    expect(labels).not.toContain("Context window");
    expect(row([entry({}), licensed], "licence").cells[0]).toMatchObject({ text: "—", missing: true });
  });

  it("never marks summaries or source lists as differences: they are unique to each entry", () => {
    const entries = [entry({}), entry({ slug: "beta", summary: "Another summary entirely.", sources: [{ id: "other", title: "Other", url: "https://example.org/b" }] })];
    expect(row(entries, "summary").differs).toBe(false);
    expect(row(entries, "sources").differs).toBe(false);
    expect(row(entries, "kind").differs).toBe(false);
  });

  it("shows a dash, never an empty cell, for a missing value; two missing values are equal", () => {
    const entries = [entry({}), entry({ slug: "beta" })];
    const relations = row(entries, "relations");
    expect(relations.cells[0]).toMatchObject({ type: "text", text: "—", missing: true });
    expect(relations.differs).toBe(false);
    const related = entry({ slug: "beta", relations: [{ label: "Based on", slug: "palm", name: "PaLM" }] });
    expect(row([entry({}), related], "relations").differs).toBe(true);
  });

  it("survives fields absent from a malformed data file", () => {
    const broken = { ...entry({}), organizations: undefined, sources: undefined } as unknown as CompareEntry;
    const rows = buildCompareRows([broken, entry({ slug: "beta" })]);
    expect(rows.find((each) => each.key === "organizations")!.cells[0]).toMatchObject({ text: "—", missing: true });
    expect(rows.find((each) => each.key === "sources")!.cells[0]).toMatchObject({ text: "—", missing: true });
  });

  it("names unconditional generation and the time before the first era", () => {
    const cells = buildCompareRows([entry({ input: [], era: null })]);
    expect(cells.find((each) => each.key === "input")!.cells[0]).toMatchObject({ text: "None: generates from noise" });
    expect(cells.find((each) => each.key === "era")!.cells[0]).toMatchObject({ text: "Before the catalog's eras" });
  });

  it("marks nothing as different when only one entry is shown", () => {
    expect(buildCompareRows([entry({})]).some((each) => each.differs)).toBe(false);
  });
});
