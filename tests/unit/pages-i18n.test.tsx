import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { catalogIn } from "@/lib/catalog";
import { buildModalityMatrix } from "@/lib/modality-matrix";
import { CSV_COLUMNS } from "@/lib/publish/catalog-csv";
import { messagesFor } from "@/lib/i18n/messages";
import { plural } from "@/lib/i18n/format-message";
import { ModalityFlow } from "@/components/modality-flow";
import { fillNodes } from "@/components/rich-message";
import { makeCatalog, model } from "../fixtures/small-catalog";

// The pages area's messages and the lib functions that now speak the catalog's language.

describe("pages messages", () => {
  it("gives every column of catalog.csv a meaning in both languages, the English one as in catalog-csv.ts", () => {
    const names = CSV_COLUMNS.map((column) => column.name);
    expect(Object.keys(messagesFor("en").pages.data.columns)).toEqual(names);
    expect(Object.keys(messagesFor("zh").pages.data.columns)).toEqual(names);
    for (const column of CSV_COLUMNS) {
      expect((messagesFor("en").pages.data.columns as Record<string, string>)[column.name]).toBe(column.meaning);
    }
  });

  it("writes Chinese counts with a space between digits and Chinese, the same form for any count", () => {
    const t = messagesFor("zh").pages;
    expect(plural("zh", t.organization.entriesHeading, 1)).toBe("1 个条目，按时间从早到晚排列");
    expect(plural("zh", t.modalities.count, 12)).toBe("（12 个条目）");
    expect(plural("en", messagesFor("en").pages.modalities.count, 1)).toBe("(1 entry)");
    expect(plural("en", messagesFor("en").pages.modalities.count, 12)).toBe("(12 entries)");
  });
});

describe("buildModalityMatrix", () => {
  const catalog = makeCatalog({ models: [model({ slug: "gan", released: "2014", input: [], output: ["image"] })] });

  it("names the row of unconditional generators in the catalog's language", () => {
    expect(buildModalityMatrix(catalog).inputs.at(-1)).toEqual({ slug: "none", name: "None (noise)" });
    expect(buildModalityMatrix(catalogIn("zh", catalog)).inputs.at(-1)).toEqual({ slug: "none", name: "无（噪声）" });
  });
});

describe("fillNodes", () => {
  it("puts markup where the translation puts its placeholder", () => {
    const html = renderToStaticMarkup(<p>{fillNodes("可以用阅读器订阅 {feed}，{missing}。", { feed: <a href="/feed.xml">Atom 源</a> })}</p>);
    expect(html).toBe('<p>可以用阅读器订阅 <a href="/feed.xml">Atom 源</a>，{missing}。</p>');
  });
});

describe("ModalityFlow", () => {
  const modalities = [
    { slug: "text", name: "文本" },
    { slug: "image", name: "图像" },
  ];

  it("labels input and output for screen readers in the given language", () => {
    const html = renderToStaticMarkup(<ModalityFlow input={["text", "image"]} output={[]} modalities={modalities} locale="zh" />);
    expect(html).toContain("输入：");
    expect(html).toContain("文本、图像");
    expect(html).toContain("；输出：");
    expect(html).toContain("噪声（无条件生成）");
  });

  it("reads the same in English, with the names given as a map", () => {
    const html = renderToStaticMarkup(<ModalityFlow input={["text"]} output={["image"]} modalities={new Map([["text", "Text"], ["image", "Image"]])} locale="en" />);
    expect(html).toBe('<span class="whitespace-nowrap"><span class="sr-only">Input: </span>Text<span aria-hidden="true"> → </span><span class="sr-only">; output: </span>Image</span>');
  });
});
