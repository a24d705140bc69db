import { describe, expect, it } from "vitest";
import { catalogIn, getCatalog, getEntry } from "@/lib/catalog";
import { entryFacts, entryVariants } from "@/lib/entry-facts";
import { entryHeadline, inputOutputPhrase, makersAndDate, previewDate } from "@/lib/publish/entry-preview";
import { entryJsonLd } from "@/lib/publish/structured-data";
import { bibtexCitation, catalogCitationTarget, entryCitationTarget, plainTextCitation } from "@/lib/publish/citation";
import { SITE, reportErrorHref } from "@/lib/site";

// The entry page's facts, previews, citations and structured data in Chinese; English is covered
// by entry-preview, citation and structured-data tests, which must not change.

const en = getCatalog();
const zh = catalogIn("zh");
const entryIn = (slug: string, catalog = zh) => {
  const found = getEntry(slug, catalog);
  if (!found) throw new Error(`no entry ${slug}`);
  return found;
};
const factsOf = (slug: string, catalog = zh) => new Map(entryFacts(entryIn(slug, catalog), catalog).map((fact) => [fact.key, fact]));

describe("entry facts in Chinese", () => {
  it("labels and values follow the catalog's language", () => {
    const facts = factsOf("gpt-3");
    expect(facts.get("kind")).toMatchObject({ label: "类型", text: "模型" });
    expect(facts.get("released")).toMatchObject({ label: "发布日期", text: "2020年5月28日", dateTime: "2020-05-28" });
    expect(facts.get("parameters")).toMatchObject({ label: "参数量", text: "1750亿" });
    expect(facts.get("openWeights")).toMatchObject({ label: "权重", text: "未开放权重" });
    expect(facts.get("contextWindow")).toMatchObject({ label: "上下文窗口", text: "2,048 个词元（token）" });
    expect(facts.get("era")?.text).toMatch(/^融合（2019–2020 年）$/);
    expect(facts.get("verified")?.label).toBe("核实日期");
  });

  it("writes mixture-of-experts sizes, training data and list separators the Chinese way", () => {
    const facts = factsOf("deepseek-v3");
    expect(facts.get("parameters")?.text).toBe("总计 6710亿，激活 370亿");
    expect(facts.get("trainingData")?.text).toBe("14.8万亿个词元（token）");
    expect(facts.get("architecture")?.text).toBe("混合专家（MoE）");
    expect(factsOf("gpt-4").get("input")?.text).toBe("文本、图像");
    expect(factsOf("gpt-4").get("licence")?.text).toBe("专有");
  });

  it("keeps English exactly as before", () => {
    const facts = factsOf("deepseek-v3", en);
    expect(facts.get("parameters")).toMatchObject({ label: "Parameters", text: "671B total, 37B active" });
    expect(facts.get("contextWindow")?.text).toBe("128,000 tokens");
    expect(facts.get("trainingData")?.text).toBe("14.8T tokens");
    expect(facts.get("released")?.text).toBe("26 December 2024");
  });

  it("gives variant sizes in the requested language", () => {
    const variants = entryVariants(entryIn("llama-2"), "zh");
    expect(variants.map((variant) => variant.parameters)).toEqual(["70亿", "130亿", "700亿"]);
    expect(entryVariants(entryIn("deepseek-v3"), "zh")[0].parameters).toBe("总计 6710亿，激活 370亿");
    expect(entryVariants(entryIn("llama-2", en))[0].parameters).toBe("7B");
  });
});

describe("link previews in Chinese", () => {
  it("gives the headline with Chinese makers, month and media", () => {
    expect(entryHeadline(entryIn("gpt-4"), "zh")).toBe("GPT-4 — OpenAI，2023年3月：输入文本和图像，输出文本");
    expect(entryHeadline(entryIn("ernie-bot"), "zh")).toBe("文心一言 — 百度，2023年3月：输入文本，输出文本和图像");
  });

  it("dates, shortens and pairs like the English", () => {
    expect(previewDate("2023-03-14", "zh")).toBe("2023年3月");
    expect(previewDate("2023", "zh")).toBe("2023年");
    expect(makersAndDate({ organizationNames: ["A", "B", "C", "D"], releaseDate: "2014-11-03" }, 2, "zh")).toBe("A、B等 4 家机构，2014年11月");
    expect(inputOutputPhrase({ kind: "dataset", modalities: { input: ["image"], output: ["text"] } }, "zh")).toBe("图像与文本配对的数据集");
    expect(inputOutputPhrase({ kind: "model", modalities: { input: [], output: ["image"] } }, "zh")).toBe("输入噪声，输出图像");
  });
});

describe("citations and error reports in Chinese", () => {
  it("cites the Chinese page under its Chinese name; BibTeX keeps its English form", () => {
    const target = entryCitationTarget(entryIn("ernie-bot"), "zh");
    expect(target.path).toBe("/zh/models/ernie-bot");
    expect(plainTextCitation({ ...target, verified: "2026-11-30" }, "zh")).toBe(`AIGC 目录：“文心一言”，事实核实于 2026年11月30日。${SITE.url}/zh/models/ernie-bot`);
    expect(bibtexCitation(target)).toContain("note         = {Facts verified against the cited sources on");
    expect(entryCitationTarget(entryIn("gpt-4", en)).path).toBe("/models/gpt-4");
    expect(catalogCitationTarget([{ verified: "2026-01-01" }], "zh")).toMatchObject({ title: "AIGC 目录：有出处的生成式人工智能目录", path: "/zh" });
  });

  it("sends Chinese readers to the Chinese About page without a repository", () => {
    if (SITE.repository) return;
    expect(reportErrorHref({ slug: "gpt-4", name: "GPT-4" }, "zh")).toBe("/zh/about#report-an-error");
    expect(reportErrorHref({ slug: "gpt-4", name: "GPT-4" })).toBe("/about#report-an-error");
  });
});

describe("entry JSON-LD in Chinese", () => {
  it("is in Chinese, at the /zh address, with the English name as an alternate", () => {
    const data = entryJsonLd(entryIn("ernie-bot"), zh, entryIn("ernie-bot", en).name);
    expect(data).toMatchObject({
      name: "文心一言",
      inLanguage: "zh-Hans",
      url: `${SITE.url}/zh/models/ernie-bot`,
      author: [{ "@type": "Organization", name: "百度" }],
      isPartOf: { name: "AIGC 目录", url: `${SITE.url}/zh` },
    });
    expect(data.alternateName).toContain("ERNIE Bot");
    expect(data.alternateName).not.toContain("文心一言");
    expect(String(data.description)).toMatch(/百度/);
  });

  it("says nothing new in English", () => {
    const data = entryJsonLd(entryIn("gpt-4", en), en);
    expect(data).not.toHaveProperty("inLanguage");
    expect(data.url).toBe(`${SITE.url}/models/gpt-4`);
    expect(data.isPartOf).toEqual({ "@type": "Dataset", name: SITE.name, url: SITE.url });
  });
});
