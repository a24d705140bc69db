import { describe, expect, it } from "vitest";
import { buildCatalog, eraForYear, getEntry, incomingRelations } from "@/lib/catalog";
import { loadContent } from "@/lib/content/load-content";
import { buildModalityMatrix } from "@/lib/modality-matrix";
import { VALID_FIXTURE } from "./fixture-content";

const catalog = buildCatalog(loadContent(VALID_FIXTURE, new Date("2026-01-01")));

describe("catalog derivations", () => {
  it("orders entries by release date", () => {
    expect(catalog.entries.map((entry) => entry.slug)).toEqual(["alpha-net", "gamma-chat", "beta-lm"]);
  });

  it("assigns eras by year, inclusive at both ends and open-ended at the last", () => {
    const eras = [
      { slug: "early", start: 2012, end: 2018 },
      { slug: "late", start: 2019, end: null },
    ];
    expect(eraForYear(2011, eras)).toBeNull();
    expect(eraForYear(2012, eras)).toBe("early");
    expect(eraForYear(2018, eras)).toBe("early");
    expect(eraForYear(2019, eras)).toBe("late");
    expect(eraForYear(2030, eras)).toBe("late");
    expect(getEntry("beta-lm", catalog)?.era).toBe("late");
  });

  it("puts an entry on the multimodal page when its inputs or outputs span several media", () => {
    expect(getEntry("beta-lm", catalog)?.modalitySlugs).toEqual(["text", "image", "multimodal"]);
    expect(getEntry("alpha-net", catalog)?.modalitySlugs).toEqual(["text", "image"]);
    expect(getEntry("gamma-chat", catalog)?.modalitySlugs).toEqual(["text"]);
  });

  it("finds the entries that point at an entry", () => {
    expect(incomingRelations("beta-lm", catalog).map(({ from, type }) => [from.slug, type])).toEqual([["gamma-chat", "powered-by"]]);
  });

  it("counts input → output pairs in the modality matrix", () => {
    const matrix = buildModalityMatrix(catalog);
    const cell = (input: string, output: string) =>
      matrix.cells[matrix.inputs.findIndex((i) => i.slug === input)][matrix.outputs.findIndex((o) => o.slug === output)].count;
    expect(cell("text", "text")).toBe(2);
    expect(cell("image", "text")).toBe(2);
    expect(cell("none", "image")).toBe(0);
  });
});
