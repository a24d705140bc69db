import { describe, expect, it } from "vitest";
import { catalogIn } from "@/lib/catalog";
import { compareEntryIn, type CompareEntry } from "@/lib/compare/compare-entry";
import { compareEntryForFile, suggestedComparisons, toCompareEntry } from "@/lib/compare/compare-data";
import { compareTitle } from "@/lib/compare/compare-naming";
import { joinWords, selectionNotices } from "@/lib/compare/compare-notices";
import { buildCompareRows } from "@/lib/compare/compare-rows";
import { parseSelection } from "@/lib/compare/compare-url";
import { compare } from "@/lib/i18n/messages/compare";
import { makeCatalog, model } from "../fixtures/small-catalog";

// The compare area in Chinese; the English behaviour is covered by compare.test.ts and friends.

const zh = compare.zh;

describe("joinWords", () => {
  it("joins with 、 and 和 in Chinese, with a space only next to Latin letters or digits", () => {
    expect(joinWords(["GPT-4"], "zh")).toBe("GPT-4");
    expect(joinWords(["GPT-4", "PaLM-E"], "zh")).toBe("GPT-4 和 PaLM-E");
    expect(joinWords(["GPT-4", "PaLM-E", "Imagen"], "zh")).toBe("GPT-4、PaLM-E 和 Imagen");
    expect(joinWords(["文心一言", "通义千问"], "zh")).toBe("文心一言和通义千问");
    expect(joinWords(["A", "B", "C"])).toBe("A, B and C");
  });
});

describe("selectionNotices in Chinese", () => {
  const known = ["gpt-4", "palm-e", "imagen", "sora", "dall-e-2"];
  const names: Record<string, string> = { "gpt-4": "GPT-4", "dall-e-2": "DALL·E 2" };
  const nameOf = (slug: string) => names[slug] ?? slug;

  it("explains unknown, repeated and surplus entries in Chinese", () => {
    const selection = parseSelection("gpt-4,nope,gpt-4,palm-e,imagen,sora,dall-e-2", known);
    expect(selectionNotices(selection, nameOf, zh.notices, "zh")).toEqual([
      "目录中没有名为“nope”的条目，已略去。",
      "GPT-4 重复列出，只显示一次。",
      "每次最多对比 4 个条目，DALL·E 2 已略去。",
    ]);
  });

  it("shortens a long list of unknown names", () => {
    const [notice] = selectionNotices(parseSelection("a,b,c,d,e", known), nameOf, zh.notices, "zh");
    expect(notice).toBe("目录中没有名为“a”、“b”、“c”和另外 2 个的条目，已略去。");
  });
});

function entry(overrides: Partial<CompareEntry> = {}): CompareEntry {
  return {
    slug: "alpha", name: "Alpha", kind: "model", organizations: ["OpenAI", "Microsoft"], released: "2023-03-14", era: null,
    input: [], output: ["Text"], architecture: "diffusion", parameters: "undisclosed", openWeights: "no",
    facts: { released: { text: "2023年3月14日", dateTime: "2023-03-14" }, parameters: { text: "未公开" } },
    relations: [], summary: "简介。", sources: [], ...overrides,
  };
}

describe("buildCompareRows in Chinese", () => {
  it("labels rows and enum values in Chinese and joins lists with 、", () => {
    const rows = buildCompareRows([entry()], zh.table, "zh");
    expect(rows.map((row) => row.label)).toEqual(["类型", "机构", "发布日期", "时期", "输入模态", "输出模态", "架构", "参数量", "开放权重", "关联条目", "简介", "来源"]);
    const text = (key: string) => {
      const cell = rows.find((row) => row.key === key)!.cells[0];
      return cell.type === "text" ? cell.text : "";
    };
    expect(text("kind")).toBe("模型");
    expect(text("architecture")).toBe("扩散模型");
    expect(text("openWeights")).toBe("未开放权重");
    expect(text("organizations")).toBe("OpenAI、Microsoft");
    expect(text("input")).toBe("无：从噪声生成");
    expect(text("era")).toBe("早于本目录划分的时期");
  });
});

describe("compareEntryIn", () => {
  it("puts the Chinese texts in place on a Chinese page and leaves English alone", () => {
    const withChinese = entry({ name: "Alpha", zh: { ...entry(), name: "阿尔法", organizations: ["开放人工智能"], era: null, input: [], output: ["文本"], relations: [], summary: "中文简介。" } });
    expect(compareEntryIn(withChinese, "zh")).toMatchObject({ name: "阿尔法", summary: "中文简介。", slug: "alpha" });
    expect(compareEntryIn(withChinese, "en").name).toBe("Alpha");
    expect(compareEntryIn(entry(), "zh").name).toBe("Alpha");
  });
});

describe("compare data in Chinese", () => {
  const catalog = makeCatalog({
    models: [
      model({ slug: "gpt-4", released: "2023-03-14", name: "GPT-4", input: ["text", "image"], related: [{ type: "successor-of", slug: "palm-e" }] }),
      model({ slug: "palm-e", released: "2023-03-06", name: "PaLM-E", parameters: 562_000_000_000 }),
    ],
  });

  it("formats dates, counts, eras and relation labels in the catalog's language", () => {
    const chinese = catalogIn("zh", catalog);
    const palm = toCompareEntry(chinese.entries.find((each) => each.slug === "palm-e")!, chinese);
    expect(palm.facts.parameters.text).toBe("5620亿");
    expect(palm.facts.released).toMatchObject({ text: "2023年3月6日", dateTime: "2023-03-06" });
    expect(palm.era).toMatch(/^Unified multimodal（2021 年至今）$/);
    expect(palm.relations).toEqual([{ label: "后继", slug: "gpt-4", name: "GPT-4" }]);
  });

  it("serves one file per entry with its Chinese texts in zh, the English fields unchanged", () => {
    const file = compareEntryForFile("palm-e.json", catalog)!;
    expect(file.facts.parameters.text).toBe("562B");
    expect(file.zh).toMatchObject({ name: "PaLM-E", facts: { parameters: { text: "5620亿" } } });
    expect(compareEntryIn(file, "zh").facts.released.text).toBe("2023年3月6日");
  });

  it("labels suggestions in Chinese", () => {
    expect(suggestedComparisons(catalogIn("zh", catalog))[0].label).toBe("GPT-4 对比 PaLM-E");
    expect(suggestedComparisons(catalog)[0].label).toBe("GPT-4 with PaLM-E");
  });
});

describe("names and paths", () => {
  it("names the tab in the page's language", () => {
    expect(compareTitle(["GPT-4", "PaLM-E"], "对比")).toBe("GPT-4 vs PaLM-E · 对比");
    expect(compareTitle([], "对比")).toBe("对比");
    expect(compareTitle(["GPT-4"])).toBe("GPT-4 · Compare");
  });
});
