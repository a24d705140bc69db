import { describe, expect, it } from "vitest";
import { catalogCoverage } from "@/lib/coverage";
import { makeCatalog, model } from "../fixtures/small-catalog";

describe("catalogCoverage", () => {
  const catalog = makeCatalog({
    models: [
      model({ slug: "a", released: "2023-01", output: ["text"] }),
      model({ slug: "b", released: "2023-06", output: ["text", "image"] }),
      model({ slug: "c", released: "2025", output: ["video"] }),
      model({ slug: "d", released: "unknown", output: ["text"] }),
    ],
  });
  const coverage = catalogCoverage(catalog);

  it("counts dated entries per year and output, an entry with two outputs under each", () => {
    expect(coverage.rows.map((row) => [row.year, row.total])).toEqual([[2023, 2], [2025, 1]]);
    expect(coverage.rows[0].byOutput).toMatchObject({ text: 2, image: 1, video: 0 });
  });

  it("says how many entries have no confirmed date, and counts all entries in the total", () => {
    expect(coverage).toMatchObject({ total: 4, undated: 1, fromChina: 0, organizations: 1, countries: 1 });
  });
});
