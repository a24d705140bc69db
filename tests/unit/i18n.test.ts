import { describe, expect, it } from "vitest";
import { localizeHref, parseLocalePath, switchLocalePath } from "@/lib/i18n/locales";
import { fill, plural } from "@/lib/i18n/format-message";
import { countryName, formatCount, formatEraYears, formatParameters } from "@/lib/format";
import { formatPartialDate } from "@/lib/dates";
import { renderMarkdown } from "@/lib/markdown";
import { preferredLocale } from "@/components/i18n/language-notice";
import { messagesFor } from "@/lib/i18n/messages";

describe("addresses in two languages", () => {
  it("puts Chinese pages under /zh and leaves English addresses as they were", () => {
    expect(localizeHref("en", "/models/gpt-4")).toBe("/models/gpt-4");
    expect(localizeHref("zh", "/models/gpt-4")).toBe("/zh/models/gpt-4");
    expect(localizeHref("zh", "/")).toBe("/zh");
    expect(localizeHref("zh", "/models?q=sora&out=video")).toBe("/zh/models?q=sora&out=video");
    expect(localizeHref("zh", "/timeline#era-fusion")).toBe("/zh/timeline#era-fusion");
    expect(localizeHref("zh", "/?q=x")).toBe("/zh?q=x");
  });

  it("leaves files, external links, fragments and already-Chinese addresses alone", () => {
    for (const href of ["/feed.xml", "/catalog.json", "/data/entries/gpt-4.json", "/share/models/gpt-4.png", "https://arxiv.org/abs/1", "#sources", "//cdn.example", "/zh/models"]) {
      expect(localizeHref("zh", href)).toBe(href);
    }
  });

  it("finds a path's language and its twin in the other language", () => {
    expect(parseLocalePath("/zh/timeline")).toEqual({ locale: "zh", path: "/timeline" });
    expect(parseLocalePath("/zh")).toEqual({ locale: "zh", path: "/" });
    expect(parseLocalePath("/zhou")).toEqual({ locale: "en", path: "/zhou" });
    expect(switchLocalePath("/models/gpt-4", "zh")).toBe("/zh/models/gpt-4");
    expect(switchLocalePath("/zh/models/gpt-4", "en")).toBe("/models/gpt-4");
    expect(switchLocalePath("/zh", "en")).toBe("/");
    expect(switchLocalePath("/", "zh")).toBe("/zh");
  });
});

describe("messages", () => {
  it("fills placeholders and keeps unknown ones visible", () => {
    expect(fill("{count} of {total}", { count: 3, total: 9 })).toBe("3 of 9");
    expect(fill("{missing}", {})).toBe("{missing}");
  });

  it("chooses English plural forms and Chinese's single form", () => {
    const entries = { one: "{count} entry", other: "{count} entries" };
    expect(plural("en", entries, 1)).toBe("1 entry");
    expect(plural("en", entries, 1200)).toBe("1,200 entries");
    expect(plural("zh", { one: "{count} 个条目", other: "{count} 个条目" }, 1)).toBe("1 个条目");
  });

  it("has the same keys in both languages (the type check guarantees it; this guards casts)", () => {
    const keys = (value: unknown, prefix = ""): string[] =>
      typeof value === "object" && value !== null
        ? Object.entries(value).flatMap(([key, child]) => keys(child, `${prefix}${key}.`))
        : [prefix];
    expect(keys(messagesFor("zh"))).toEqual(keys(messagesFor("en")));
  });
});

describe("numbers, dates and names per language", () => {
  it("writes parameter counts as each language's technical writing does", () => {
    expect([562e9, 1.5e9, 46.7e9, 1.8e12, 35e6].map((n) => formatCount(n, "en"))).toEqual(["562B", "1.5B", "46.7B", "1.8T", "35M"]);
    expect([562e9, 1.5e9, 1.8e12, 35e6].map((n) => formatCount(n, "zh"))).toEqual(["5620亿", "15亿", "1.8万亿", "3500万"]);
    expect(formatParameters({ total: 671e9, active: 37e9, source: "x" }, "zh")).toBe("总计 6710亿，激活 370亿");
    expect(formatParameters({ value: "undisclosed" }, "zh")).toBe("未公开");
  });

  it("writes dates as precisely as known, in each language", () => {
    expect(formatPartialDate("2023-03-14", "en")).toBe("14 March 2023");
    expect(formatPartialDate("2023-03", "en")).toBe("March 2023");
    expect(formatPartialDate("2023", "en")).toBe("2023");
    expect(formatPartialDate("2023-03-14", "zh")).toBe("2023年3月14日");
    expect(formatPartialDate("2023-03", "zh")).toBe("2023年3月");
    expect(formatPartialDate("2023", "zh")).toBe("2023年");
  });

  it("names countries and era spans in the page's language", () => {
    expect(countryName("CN", "zh")).toBe("中国");
    expect(countryName("US", "en")).toBe("United States");
    expect(formatEraYears({ start: 2021, end: null }, "zh")).toBe("2021 年至今");
    expect(formatEraYears({ start: 2012, end: 2018 }, "en")).toBe("2012–2018");
  });
});

describe("prose in Chinese", () => {
  it("keeps links to other pages in the reader's language, and files and external links as they are", async () => {
    const html = await renderMarkdown("见 [GPT-4](/models/gpt-4)、[数据](/catalog.json) 和 [论文](https://arxiv.org/abs/1)。", [], "zh");
    expect(html).toContain('href="/zh/models/gpt-4"');
    expect(html).toContain('href="/catalog.json"');
    expect(html).toContain('href="https://arxiv.org/abs/1"');
    expect(await renderMarkdown("[GPT-4](/models/gpt-4)")).toContain('href="/models/gpt-4"');
  });

  it("lets a translated heading keep the English page's anchor", async () => {
    const html = await renderMarkdown("## 报告错误 {#report-an-error}\n\n## 收录范围", [], "zh");
    expect(html).toContain('<h2 id="report-an-error">报告错误</h2>');
    expect(html).toContain('<h2 id="收录范围">收录范围</h2>');
  });
});

describe("the language notice", () => {
  it("reads the reader's language from the browser's preferences, first match wins", () => {
    expect(preferredLocale(["zh-CN", "en"])).toBe("zh");
    expect(preferredLocale(["zh-TW"])).toBe("zh");
    expect(preferredLocale(["fr-FR", "en-US", "zh"])).toBe("en");
    expect(preferredLocale(["fr", "de"])).toBeNull();
  });
});

describe("the catalog in Chinese", () => {
  it("puts the Chinese texts in place and shares the facts", async () => {
    const { catalogIn, getCatalog, getEntry } = await import("@/lib/catalog");
    const english = getCatalog();
    const chinese = catalogIn("zh");
    expect(chinese.locale).toBe("zh");
    expect(catalogIn("zh")).toBe(chinese); // built once
    const ernie = getEntry("ernie-bot", chinese)!;
    expect(ernie.name).toBe("文心一言");
    expect(ernie.summary).toMatch(/[\u4e00-\u9fff]/);
    expect(ernie.releaseDate).toBe(getEntry("ernie-bot", english)!.releaseDate);
    expect(getEntry("ernie-bot", english)!.name).toBe("ERNIE Bot");
    expect(getEntry("stable-diffusion", chinese)!.name).toBe("Stable Diffusion");
    expect(chinese.modalities.find((modality) => modality.slug === "image")!.name).toBe("图像");
    expect(chinese.pages.find((page) => page.slug === "about")!.body).toContain("对源文章的更正");
    const baidu = chinese.organizations.find((organization) => organization.slug === "baidu")!;
    expect(baidu.name).toBe("百度");
    expect(ernie.organizationNames).toContain("百度");
  });
});

describe("the language of a text written once", () => {
  it("marks a text that is not in the page's language", async () => {
    const { textLanguage } = await import("@/lib/i18n/text-language");
    expect(textLanguage("8,192 tokens in the standard model", "zh")).toBe("en");
    expect(textLanguage("8,192 tokens in the standard model", "en")).toBeUndefined();
    expect(textLanguage("文心一言发布会", "en")).toBe("zh-Hans");
    expect(textLanguage("ERNIE Bot 文心一言", "zh")).toBeUndefined();
  });
});
