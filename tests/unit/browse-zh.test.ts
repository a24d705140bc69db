import { describe, expect, it } from "vitest";
import { catalogIn, getCatalog } from "@/lib/catalog";
import { browseOptions } from "@/lib/search/browse-options";
import { createBrowser } from "@/lib/search/browse";
import { EMPTY_STATE } from "@/lib/search/browse-state";
import { normalizeName } from "@/lib/search/normalize-name";
import { alternativeLabel, TIERS } from "@/lib/search/search";
import { searchIndexIn } from "@/lib/search/localized-index";
import { browse } from "@/lib/i18n/messages/browse";

describe("the /zh/models facet tables", () => {
  const zh = browseOptions(catalogIn("zh"));
  const en = browseOptions(getCatalog());
  const group = (options: typeof zh, key: string) => options.groups.find((g) => g.key === key)!;

  it("has Chinese legends and labels", () => {
    expect(group(zh, "kind").legend).toBe("类型");
    expect(group(zh, "kind").options.map((o) => o.label)).toContain("模型");
    expect(group(zh, "open").options.map((o) => o.label)).toContain("开放权重");
    expect(group(zh, "country").options.find((o) => o.value === "CN")?.label).toBe("中国");
    expect(group(zh, "input").options.find((o) => o.value === "none")?.label).toBe(browse.zh.facets.noInput);
    expect(group(zh, "org").options.find((o) => o.value === "Baidu")?.label).toBe("百度");
  });

  it("keeps the same filter values in both languages, so a filter link means the same", () => {
    // The same values, ordered by their labels in each language.
    const sorted = (allowed: typeof zh.allowed) => Object.fromEntries(Object.entries(allowed).map(([key, values]) => [key, [...values].sort()]));
    expect(sorted(zh.allowed)).toEqual(sorted(en.allowed));
  });

  it("counts the unfiltered view at build time, so the panel has its counts before the index loads", () => {
    const kinds = Object.values(zh.initialCounts.kind).reduce((sum, count) => sum + count, 0);
    expect(kinds).toBe(catalogIn("zh").entries.length);
    expect(zh.initialCounts).toEqual(en.initialCounts);
    expect(en.initialCounts.org.Baidu).toBeGreaterThan(0);
  });

  it("keeps the English tables as they were", () => {
    expect(group(en, "output").legend).toBe("Output: generates all of");
    expect(group(en, "country").options.find((o) => o.value === "CN")?.label).toBe("China");
    expect(group(en, "input").options.find((o) => o.value === "none")?.label).toBe("Nothing (generates from noise)");
  });
});

describe("browsing the Chinese index", () => {
  const browser = createBrowser(searchIndexIn("zh"), "zh");

  it("filters by an English organization value and shows Chinese names", () => {
    const names = browser.results({ ...EMPTY_STATE, org: ["Baidu"] }).map((entry) => entry.name);
    expect(names).toContain("文心一言");
  });

  it("sorts Chinese names in pinyin order", () => {
    const names = browser.results({ ...EMPTY_STATE, sort: "name", org: ["Baidu", "Alibaba"] }).map((entry) => entry.name);
    const collator = new Intl.Collator("zh-CN");
    expect(names).toEqual([...names].sort(collator.compare));
  });
});

describe("Chinese text in names", () => {
  it("ignores full-width forms and Chinese punctuation", () => {
    expect(normalizeName("ＧＰＴ－４")).toBe("gpt4");
    expect(normalizeName("鹏城·盘古α")).toBe(normalizeName("鹏城盘古α"));
    expect(normalizeName("文心・一言")).toBe("文心一言");
  });

  it("labels alternatives in the page's language", () => {
    expect(alternativeLabel(TIERS.loose, " ai ", browse.zh.browser.match)).toBe("包含“ai”");
    expect(alternativeLabel(TIERS.typo, "x")).toBe("Similar name");
  });
});
