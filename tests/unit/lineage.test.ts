import { describe, expect, it } from "vitest";
import {
  familiesWithModality, familyChains, familyName, familyOf, lineageEdges, lineageFamilies, lineageHref, relationTypesFor, relatives, splitForPage,
  type LineageChain,
} from "@/lib/lineage/lineage";
import { makeCatalog, model } from "../fixtures/small-catalog";

const rel = (type: "successor-of" | "based-on" | "uses" | "variant-of", slug: string) => ({ type, slug });

// GPT → GPT-2 → GPT-3 → {InstructGPT, GPT-3.5}; CLIP and GPT-3 both feed DALL·E 2 (image);
// a separate pair (gan → stylegan); a technique used by GPT (not descent); a loner.
const catalog = makeCatalog({
  models: [
    model({ slug: "gpt", released: "2018-06" }),
    model({ slug: "gpt-2", released: "2019-02", related: [rel("successor-of", "gpt"), rel("uses", "transformer")] }),
    model({ slug: "gpt-3", released: "2020-05", related: [rel("successor-of", "gpt-2")] }),
    model({ slug: "instructgpt", released: "2022-01", related: [rel("based-on", "gpt-3")] }),
    model({ slug: "gpt-3-5", released: "2022-03", related: [rel("successor-of", "gpt-3")] }),
    model({ slug: "clip", released: "2021-01", input: ["image", "text"], output: ["text"] }),
    model({ slug: "dall-e-2", released: "2022-04", output: ["image"], related: [rel("based-on", "clip"), rel("based-on", "gpt-3")] }),
    model({ slug: "gan", released: "2014-06", kind: "technique", output: ["image"] }),
    model({ slug: "stylegan", released: "2018-12", output: ["image"], related: [rel("uses", "gan")] }),
    model({ slug: "transformer", released: "2017-06", kind: "technique" }),
    model({ slug: "loner", released: "2020" }),
  ],
});

const names = (chain: LineageChain): unknown[] =>
  chain.links.map((link) => (link.branches.length ? [link.entry.slug, link.branches.map(names)] : link.entry.slug));

describe("families of descent", () => {
  it("joins entries linked by successor-of, based-on or variant-of, leaving out uses and loners", () => {
    const families = lineageFamilies(catalog);
    expect(families.map((family) => family.members.map((entry) => entry.slug))).toEqual([
      ["gpt", "gpt-2", "gpt-3", "clip", "instructgpt", "gpt-3-5", "dall-e-2"],
    ]);
    expect(families[0].id).toBe("gpt");
    expect(familyOf("loner", families)).toBeUndefined();
  });

  it("adds techniques when the filter asks for uses", () => {
    const families = lineageFamilies(catalog, relationTypesFor("all"));
    expect(families.map((family) => family.id)).toEqual(["transformer", "gan"]);
    expect(lineageEdges(catalog.entries, ["uses"])).toContainEqual({ parent: "gan", child: "stylegan", type: "uses" });
  });

  it("keeps whole families that include an entry of the modality", () => {
    const families = lineageFamilies(catalog);
    expect(familiesWithModality(families, "image").map((family) => family.id)).toEqual(["gpt"]);
    expect(familiesWithModality(families, "audio")).toEqual([]);
  });

  it("names a family after its roots", () => {
    expect(familyName(lineageFamilies(catalog)[0])).toBe("Family of GPT and CLIP");
  });
});

describe("the text alternative", () => {
  it("keeps a run of successors in one list and nests only where the line branches; each entry once", () => {
    const chains = familyChains(lineageFamilies(catalog)[0]);
    expect(chains.map(names)).toEqual([
      ["gpt", "gpt-2", ["gpt-3", [["instructgpt"], ["gpt-3-5"], ["dall-e-2"]]]],
      ["clip"],
    ]);
    const dalle = chains[0].links[2].branches[2].links[0];
    expect(dalle.from?.entry.slug).toBe("gpt-3");
    expect(dalle.alsoFrom.map((parent) => parent.entry.slug)).toEqual(["clip"]);
  });

  it("stays flat for a long chain instead of nesting a list per generation", () => {
    const models = Array.from({ length: 2000 }, (_, i) =>
      model({ slug: `m-${i}`, released: String(1990 + Math.floor(i / 100)), related: i ? [rel("successor-of", `m-${i - 1}`)] : [] }),
    );
    const chains = familyChains(lineageFamilies(makeCatalog({ models }))[0]);
    expect(chains).toHaveLength(1);
    expect(chains[0].links).toHaveLength(2000);
  });
});

describe("relatives on an entry page", () => {
  const family = lineageFamilies(catalog)[0];
  const entry = (slug: string) => catalog.entries.find((candidate) => candidate.slug === slug)!;

  it("lists ancestors nearest first, up to the generation limit", () => {
    const found = relatives(entry("dall-e-2"), family, "ancestors", 2);
    expect(found.map((r) => [r.entry.slug, r.depth, r.type, r.via.slug])).toEqual([
      ["clip", 1, "based-on", "dall-e-2"],
      ["gpt-3", 1, "based-on", "dall-e-2"],
      ["gpt-2", 2, "successor-of", "gpt-3"],
    ]);
  });

  it("lists descendants", () => {
    expect(relatives(entry("gpt-2"), family, "descendants", 3).map((r) => r.entry.slug).sort()).toEqual(["dall-e-2", "gpt-3", "gpt-3-5", "instructgpt"]);
  });
});

describe("filter URLs", () => {
  it("are static paths, with the default view at /lineage", () => {
    expect(lineageHref(null, "descent")).toBe("/lineage");
    expect(lineageHref("image", "uses")).toBe("/lineage/filter/image/uses");
    expect(lineageHref(null, "based-on")).toBe("/lineage/filter/all/based-on");
  });
});

describe("what /lineage draws in full", () => {
  it("draws families while they fit the budget and links the rest, even a first family too large to draw", () => {
    const sized = (id: string, size: number) => ({ id, members: catalog.entries.slice(0, size), edges: [] });
    const { shown, linked } = splitForPage([sized("huge", 7), sized("a", 4), sized("b", 3), sized("c", 2)], 6);
    expect(shown.map((family) => family.id)).toEqual(["a", "c"]);
    expect(linked.map((family) => family.id)).toEqual(["huge", "b"]);
  });
});
