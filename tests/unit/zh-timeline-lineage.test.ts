import { describe, expect, it } from "vitest";
import { articleDisagrees, buildTimeline } from "@/lib/timeline/timeline";
import { estimateTextWidth, scatterLayout, type Box } from "@/lib/timeline/charts";
import { cjkSpacing, familyName, lineageFamilies, type Family } from "@/lib/lineage/lineage";
import { nodeText, nodeWidth } from "@/lib/lineage/lineage-layout";
import { pointLabel, pointName } from "@/components/timeline/chart-point";
import { makeCatalog, model } from "../fixtures/small-catalog";

// The Chinese timeline and lineage: the same data, the words in Chinese.

describe("the timeline in Chinese", () => {
  const catalog = makeCatalog({
    models: [model({ slug: "imagenet", released: "2009-06" }), model({ slug: "gpt-4", released: "2023-03-14" })],
  });

  it("titles the group before the eras and writes the eras' years in Chinese", () => {
    const timeline = buildTimeline({ ...catalog, locale: "zh" });
    expect(timeline.sections.map((s) => s.title)).toEqual(["2012 年以前", "Single-modality", "Fusion", "Unified multimodal"]);
    expect(timeline.sections.map((s) => s.years)).toEqual([null, "2012–2018 年", "2019–2020 年", "2021 年至今"]);
  });

  it("stays in English for an English catalog", () => {
    expect(buildTimeline(catalog).sections[0].title).toBe("Before 2012");
  });

  it("reads the article's dating when it is quoted in Chinese", () => {
    expect(articleDisagrees({ start: 2012, end: 2018, articleSays: "2012 年至 2018 年" })).toBe(false);
    expect(articleDisagrees({ start: 2021, end: null, articleSays: "2021 年至今" })).toBe(false);
    expect(articleDisagrees({ start: 2012, end: 2018, articleSays: "2012 年以前（所举例子：AlexNet）" })).toBe(true);
    expect(articleDisagrees({ start: 2019, end: 2020, articleSays: "2012 年至 2018 年（所举例子：HT100M、LXMERT）" })).toBe(true);
    expect(articleDisagrees({ start: 2021, end: null, articleSays: "2018 年至今（所举例子：UNITER）" })).toBe(true);
  });
});

describe("the parameters chart in Chinese", () => {
  const gpt3 = { name: "GPT-3", released: "2020-05-28", parameters: 175_000_000_000 };

  it("names a point with a Chinese date and count", () => {
    expect(pointName(gpt3, "zh")).toBe("GPT-3，2020年5月28日：1750亿参数");
    expect(pointLabel(gpt3, "zh")).toBe("GPT-3，2020年5月28日：1750亿");
    expect(pointName(gpt3)).toBe("GPT-3, 28 May 2020: 175B parameters");
    expect(pointLabel(gpt3, "en")).toBe("GPT-3, 28 May 2020: 175B");
  });

  it("writes the axis counts in 亿 and 万亿", () => {
    const box: Box = { width: 600, height: 300, top: 20, right: 10, bottom: 30, left: 40 };
    const points = [
      { slug: "a", name: "A", released: "2019", parameters: 100_000_000, output: "text" },
      { slug: "b", name: "B", released: "2023", parameters: 1_000_000_000_000, output: "text" },
    ];
    expect(scatterLayout(points, box, 10, "zh").yTicks.map((tick) => tick.label)).toEqual(["1亿", "10亿", "100亿", "1000亿", "1万亿"]);
    expect(scatterLayout(points, box).yTicks.map((tick) => tick.label)).toEqual(["100M", "1B", "10B", "100B", "1T"]);
  });

  it("allows more room for a Chinese name than for a Latin one of the same length", () => {
    expect(estimateTextWidth("GPT-4", 7)).toBe(35);
    expect(estimateTextWidth("文心一言", 10)).toBe(64);
  });
});

describe("the lineage in Chinese", () => {
  const rel = (type: "successor-of" | "based-on", slug: string) => ({ type, slug });
  const catalog = makeCatalog({
    models: [
      model({ slug: "gpt", released: "2018-06" }),
      model({ slug: "gpt-2", released: "2019-02", related: [rel("successor-of", "gpt")] }),
      model({ slug: "clip", released: "2021-01" }),
      model({ slug: "dall-e", released: "2021-01-05", related: [rel("based-on", "clip"), rel("based-on", "gpt-2")] }),
    ],
  });
  const family = lineageFamilies(catalog)[0];
  const withRoots = (...names: string[]): Family => ({
    id: "x",
    members: names.map((name, i) => ({ ...family.members[0], slug: `root-${i}`, name })),
    edges: [],
  });

  it("names a family after its roots, in Chinese word order", () => {
    expect(familyName(family, "zh")).toBe("GPT 与 CLIP 家族");
    expect(familyName(family)).toBe("Family of GPT and CLIP");
    expect(familyName(withRoots("GPT"), "zh")).toBe("GPT 家族");
    expect(familyName(withRoots("GPT", "DDPM", "CLIP"), "zh")).toBe("GPT、DDPM 与 CLIP 家族");
    expect(familyName(withRoots("A", "B", "C", "D", "E"), "zh")).toBe("A、B、C 等 5 个源头的家族");
    expect(familyName(withRoots("A", "B", "C", "D", "E"))).toBe("Family of A, B, C and 2 more");
  });

  it("spaces Chinese from Latin names only", () => {
    expect(familyName(withRoots("混元"), "zh")).toBe("混元家族");
    expect(cjkSpacing("查看整个 GPT 家族（3 个条目）")).toBe("查看整个 GPT 家族（3 个条目）");
    expect(cjkSpacing("文心一言 与 混元 家族")).toBe("文心一言与混元家族");
  });

  it("says an unknown date in Chinese, and gives Chinese names the room they take", () => {
    expect(nodeText({ name: "Copy.ai", year: null }, "zh")).toBe("Copy.ai · 日期不详");
    expect(nodeText({ name: "Copy.ai", year: null })).toBe("Copy.ai · date unknown");
    expect(nodeWidth("文心一言 · 2023")).toBeGreaterThan(nodeWidth("ABCD · 2023"));
    expect(nodeWidth("GPT-4 · 2023")).toBe(Math.round(12 * 7.2 + 34));
  });
});
