import { describe, expect, it } from "vitest";
import {
  fractionalYear,
  multiOutputCount,
  parameterSeries,
  placeLabels,
  releasesPerYear,
  releasesSummary,
  scatterLayout,
  stackedBarLayout,
  type Box,
} from "@/lib/timeline/charts";
import { yearRowsLayout } from "@/lib/timeline/charts-vertical";
import { datedEntries } from "@/lib/catalog";
import { makeCatalog, model } from "../fixtures/small-catalog";

const OUTPUTS = ["text", "image", "audio", "video", "embodied"];
const BOX: Box = { width: 600, height: 300, top: 20, right: 10, bottom: 30, left: 40 };

const entries = datedEntries(makeCatalog({
  models: [
    model({ slug: "alexnet", released: "2012", output: ["text"], parameters: 60_000_000 }),
    model({ slug: "gan", released: "2014-06", output: ["image"], parameters: "not-applicable", kind: "technique", openWeights: "not-applicable" }),
    model({ slug: "gpt-4", released: "2023-03-14", input: ["text", "image"], output: ["text"], parameters: "undisclosed" }),
    model({ slug: "gpt-4o", released: "2024-05", output: ["text", "audio", "image"], parameters: "undisclosed" }),
    model({ slug: "palm-e", released: "2023-03", output: ["text", "embodied"], parameters: 562_000_000_000 }),
    model({ slug: "sora", released: "2024-02", output: ["video"], parameters: "undisclosed" }),
  ],
}));

describe("releasesPerYear", () => {
  const stacks = releasesPerYear(entries, OUTPUTS);

  it("has one stack per year from the first release to the last, empty years included", () => {
    expect(stacks.map((s) => s.year)).toEqual([2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(stacks.find((s) => s.year === 2013)).toEqual({ year: 2013, counts: { text: 0, image: 0, audio: 0, video: 0, embodied: 0 }, entries: 0 });
  });

  it("counts an entry with several outputs once under each, and once in the entry total", () => {
    expect(stacks.find((s) => s.year === 2023)).toEqual({ year: 2023, counts: { text: 2, image: 0, audio: 0, video: 0, embodied: 1 }, entries: 2 });
    expect(stacks.find((s) => s.year === 2024)).toEqual({ year: 2024, counts: { text: 1, image: 1, audio: 1, video: 1, embodied: 0 }, entries: 2 });
    expect(multiOutputCount(entries)).toBe(2);
  });

  it("is empty without entries, and the summary names the busiest year", () => {
    expect(releasesPerYear([], OUTPUTS)).toEqual([]);
    expect(releasesSummary([])).toBeNull();
    expect(releasesSummary(stacks)).toMatchObject({ first: 2012, last: 2024, busiest: { year: 2023, entries: 2 } });
  });
});

describe("parameterSeries", () => {
  it("plots only published counts and says how many were left out and why", () => {
    const series = parameterSeries(entries);
    expect(series.points.map((p) => [p.slug, p.parameters, p.output])).toEqual([
      ["alexnet", 60_000_000, "text"],
      ["palm-e", 562_000_000_000, "text"],
    ]);
    expect(series.undisclosed).toBe(3);
    expect(series.notApplicable).toBe(1);
  });
});

describe("fractionalYear", () => {
  it("places a bare year or month at its start", () => {
    expect(fractionalYear("2012")).toBe(2012);
    expect(fractionalYear("2012-07")).toBe(2012.5);
    expect(fractionalYear("2012-01-01")).toBe(2012);
    expect(fractionalYear("2012-12-31")).toBeCloseTo(2012 + 11 / 12 + 30 / 365);
  });
});

describe("stackedBarLayout", () => {
  const stacks = releasesPerYear(entries, OUTPUTS);
  const layout = stackedBarLayout(stacks, OUTPUTS, BOX);

  it("stacks segments without gaps from the baseline up, in modality order", () => {
    const bar = layout.bars.find((b) => b.year === 2024)!;
    expect(bar.segments.map((s) => s.modality)).toEqual(["text", "image", "audio", "video"]);
    expect(bar.segments[0].y + bar.segments[0].height).toBeCloseTo(layout.baseline);
    for (let i = 1; i < bar.segments.length; i++) {
      expect(bar.segments[i].y + bar.segments[i].height).toBeCloseTo(bar.segments[i - 1].y);
    }
  });

  it("gives equal counts equal heights and leaves empty years without segments", () => {
    const bar = layout.bars.find((b) => b.year === 2023)!;
    const [text, embodied] = bar.segments;
    expect(text.height).toBeCloseTo(2 * embodied.height);
    expect(layout.bars.find((b) => b.year === 2016)!.segments).toEqual([]);
  });

  it("labels the y axis in whole entries, up to at least the tallest bar", () => {
    expect(layout.yTicks.every((t) => Number.isInteger(t.value))).toBe(true);
    expect(Math.max(...layout.yTicks.map((t) => t.value))).toBeGreaterThanOrEqual(4);
    expect(layout.bars.every((b) => b.x >= BOX.left && b.x + b.width <= BOX.width - BOX.right)).toBe(true);
  });
});

describe("scatterLayout", () => {
  const points = [
    { slug: "small", name: "Small", released: "2012", parameters: 60_000_000, output: "text" },
    { slug: "big", name: "Big", released: "2023-03", parameters: 562_000_000_000, output: "text" },
  ];

  it("puts a tick at every power of ten around the data, labelled like the rest of the site", () => {
    const { yTicks } = scatterLayout(points, BOX);
    expect(yTicks.map((t) => t.label)).toEqual(["10M", "100M", "1B", "10B", "100B", "1T"]);
  });

  it("draws larger counts higher and later dates further right", () => {
    const [small, big] = scatterLayout(points, BOX).dots;
    expect(big.cy).toBeLessThan(small.cy);
    expect(big.cx).toBeGreaterThan(small.cx);
  });

  it("still spans a decade when every count is the same power of ten", () => {
    const { yTicks, dots } = scatterLayout([{ ...points[0], parameters: 1_000_000_000 }], BOX);
    expect(yTicks.map((t) => t.label)).toEqual(["1B", "10B"]);
    expect(Number.isFinite(dots[0].cy)).toBe(true);
  });
});

describe("placeLabels", () => {
  it("names points without overlapping text, largest first, dropping what does not fit", () => {
    const dot = (slug: string, cx: number, cy: number, parameters: number) => ({
      slug, name: slug, released: "2020", parameters, output: "text", cx, cy,
    });
    // Three points on one spot: the largest takes the right side, the next the left, the third is dropped.
    const dots = [dot("small", 200, 102, 1), dot("big", 200, 100, 3), dot("mid", 200, 101, 2), dot("alone", 400, 200, 4)];
    const labels = placeLabels(dots, BOX);
    expect(labels.map((l) => [l.slug, l.anchor])).toEqual([["alone", "start"], ["big", "start"], ["mid", "end"]]);
  });

  it("flips a label to the left of a point near the right edge", () => {
    const dots = [{ slug: "edge", name: "Edge model", released: "2020", parameters: 1, output: "text", cx: 585, cy: 100 }];
    expect(placeLabels(dots, BOX)).toEqual([{ slug: "edge", text: "Edge model", x: 577, y: 100, anchor: "end" }]);
  });
});

describe("yearRowsLayout (the narrow releases chart)", () => {
  const stacks = releasesPerYear(entries, OUTPUTS);
  const layout = yearRowsLayout(stacks, OUTPUTS, { width: 340, top: 30, right: 36, bottom: 30, left: 48, rowHeight: 24 });

  it("gives each year a row, oldest at the top, and grows in height with the years", () => {
    expect(layout.rows.map((row) => row.year)).toEqual(stacks.map((s) => s.year));
    expect(layout.height).toBe(30 + stacks.length * 24 + 30);
    for (let i = 1; i < layout.rows.length; i++) expect(layout.rows[i].y).toBeGreaterThan(layout.rows[i - 1].y);
  });

  it("lays segments end to end from the baseline, ending where the row's total is written", () => {
    const row = layout.rows.find((r) => r.year === 2024)!;
    expect(row.total).toBe(4);
    expect(row.segments.map((s) => s.modality)).toEqual(["text", "image", "audio", "video"]);
    expect(row.segments[0].x).toBeCloseTo(layout.baseline);
    for (let i = 1; i < row.segments.length; i++) expect(row.segments[i].x).toBeCloseTo(row.segments[i - 1].x + row.segments[i - 1].width);
    expect(row.end).toBeCloseTo(row.segments[3].x + row.segments[3].width);
    expect(layout.xTicks.length).toBeLessThanOrEqual(5);
  });
});
