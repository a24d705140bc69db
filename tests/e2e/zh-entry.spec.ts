import { expect, test, type Page } from "@playwright/test";

// The entry page in Chinese (/zh/models/<slug>): every interface string, date and count in Chinese,
// links that stay on the Chinese site, and the same citations and structured data as in English.

const meta = (page: Page, key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute("content");
const article = (page: Page) => page.locator("main article");

test("the fact box, sections and citation tools are in Chinese", async ({ page }) => {
  await page.goto("/zh/models/gpt-4");
  await expect(page).toHaveTitle("GPT-4 · AIGC 目录");
  await expect(page.getByRole("heading", { level: 1, name: "GPT-4" })).toBeVisible();
  await expect(article(page).getByRole("link", { name: "模型", exact: true })).toHaveAttribute("href", "/zh/models");

  const facts = article(page).locator("dl");
  const labels = await facts.locator("dt").allTextContents();
  expect(labels).toEqual(expect.arrayContaining(["类型", "机构", "发布日期", "阶段", "输入", "输出", "架构", "参数量", "权重", "许可证", "上下文窗口", "核实日期"]));
  for (const label of labels) expect(label, "a fact label in English").toMatch(/[\u4e00-\u9fff]/);
  await expect(page.locator('[data-fact="kind"]')).toHaveText("模型");
  await expect(page.locator('[data-fact="released"] time')).toHaveText("2023年3月14日");
  await expect(page.locator('[data-fact="parameters"]')).toContainText("未公开");
  await expect(page.locator('[data-fact="openWeights"]')).toHaveText("未开放权重");
  await expect(page.locator('[data-fact="licence"]')).toContainText("专有");
  await expect(page.locator('[data-fact="input"]')).toHaveText("文本、图像");
  await expect(page.getByRole("list", { name: "链接" }).getByRole("link", { name: "论文" })).toHaveAttribute("href", /^https:\/\//);

  const headings = await article(page).locator("h2").allTextContents();
  expect(headings).toEqual(expect.arrayContaining(["相关条目", "在时间线上", "来源", "引用本页"]));
  const sources = page.getByRole("region", { name: "来源" });
  await expect(sources).toContainText(/以上事实已于 \d{4}年\d{1,2}月\d{1,2}日 依据这些来源核实。/);
  await expect(sources.getByRole("link", { name: "报告错误" })).toHaveAttribute("href", /^(\/zh\/about#report-an-error|https:\/\/.+\/issues\/new\?)/);
  await expect(page.getByRole("region", { name: "引用本页" })).toContainText(/AIGC 目录：“GPT-4”，事实核实于 .+\/zh\/models\/gpt-4/);
  await expect(article(page).getByRole("link", { name: "本条目的 JSON 数据" })).toHaveAttribute("href", "/data/entries/gpt-4.json");
  await expect(article(page).getByRole("link", { name: "全部数据（JSON、CSV）" })).toHaveAttribute("href", "/zh/data");

  // Telling English interface strings of this area, none left (content such as source titles and notes may be English).
  const text = (await article(page).innerText()).replace(/\s+/g, " ");
  for (const english of ["Facts checked", "Report an error", "Cite this", "Related entries", "In time", "Sources", "This entry as JSON", "All the data", "Among entries that produce", "Proprietary", "Undisclosed", "Closed weights", "Era:", "Licence", "Context window"]) {
    expect(text, english).not.toContain(english);
  }
});

test("a Chinese display name shows the English name too, and previews and JSON-LD are in Chinese", async ({ page }) => {
  await page.goto("/zh/models/ernie-bot");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("文心一言");
  await expect(page.locator("[data-english-name]")).toHaveText("英文名：ERNIE Bot");
  await expect(page).toHaveTitle("文心一言 · AIGC 目录");
  expect(await meta(page, "description")).toMatch(/^百度的对话式人工智能服务/);
  expect(await meta(page, "og:description")).toMatch(/^文心一言 — 百度，2023年3月：输入文本，输出文本和图像。百度/);
  const [data] = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((json) => JSON.parse(json));
  expect(data).toMatchObject({ name: "文心一言", inLanguage: "zh-Hans", author: [{ "@type": "Organization", name: "百度" }] });
  expect(data.alternateName).toContain("ERNIE Bot");
  expect(data.description).toMatch(/^百度/);
  expect(data.url).toBe(await page.locator('link[rel="canonical"]').getAttribute("href"));

  // A name that is the same in both languages gets no second line.
  await page.goto("/zh/models/gpt-4");
  await expect(page.locator("[data-english-name]")).toHaveCount(0);
});

test("variants, counts and citations in Chinese, with citations that jump to the source and back", async ({ page }) => {
  await page.goto("/zh/models/deepseek-v3");
  await expect(page.locator('[data-fact="parameters"]')).toContainText("总计 6710亿，激活 370亿");
  await expect(page.locator('[data-fact="trainingData"]')).toContainText("14.8万亿个词元（token）");
  await expect(page.locator('[data-fact="contextWindow"]')).toContainText("128,000 个词元（token）");
  const variants = page.getByRole("region", { name: "版本与变体" });
  await expect(variants.getByRole("columnheader")).toHaveText(["名称", "发布日期", "参数量"]);
  await expect(variants.getByRole("row", { name: /DeepSeek-V3-Base/ })).toContainText("2024年12月26日");

  const citation = page.locator('[data-fact="parameters"] sup a');
  await expect(citation).toHaveAttribute("aria-label", /^来源 \d+：/);
  await page.locator(".prose-body sup a").first().click();
  await expect(page).toHaveURL(/#source-/);
  const source = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
  await expect(source.getByRole("link", { name: /^返回此来源的第 1 处引用$/ })).toHaveAttribute("href", /^#cite-/);
});

test("relations give their dates and the timeline section places the entry, in Chinese", async ({ page }) => {
  await page.goto("/zh/models/bard");
  const related = page.getByRole("region", { name: "相关条目" });
  await expect(related).toContainText("驱动模型：Gemini（自 2023年12月6日 起）");
  const inTime = page.getByRole("region", { name: "在时间线上" });
  await expect(inTime).toContainText(/阶段：多模态统一（2021 年至今）/);
  await expect(inTime).toContainText(/在输出文本的条目中：之前是 .+（\d{4}年.+）；之后是 .+。/);
  await expect(inTime.getByRole("link", { name: "多模态统一" })).toHaveAttribute("href", /^\/zh\/timeline#era-/);

  await page.goto("/zh/models/imagenet");
  await expect(page.getByRole("region", { name: "在时间线上" })).toContainText("发布于本目录划分的第一个阶段之前：见时间线。");
  await page.goto("/zh/models/gliacloud");
  await expect(page.getByRole("region", { name: "在时间线上" })).toContainText("没有来源能确认它的发布时间");
  await expect(page.locator('[data-fact="released"]')).toContainText("未知");
});

test("every page link on a Chinese entry page stays under /zh", async ({ page }) => {
  await page.goto("/zh/models/gpt-4");
  // The family drawing belongs to the lineage area, which localizes its own links.
  const hrefs = await article(page).locator('a[href^="/"]:not([aria-labelledby="family-heading"] a)').evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThan(10);
  for (const href of hrefs) {
    const path = href.split(/[?#]/)[0];
    const isFile = path.slice(path.lastIndexOf("/") + 1).includes(".");
    if (!isFile) expect(href, "a link that leaves the Chinese site").toMatch(/^\/zh(\/|$)/);
  }
  await page.locator('[data-fact="organizations"]').getByRole("link", { name: "OpenAI" }).click();
  await expect(page).toHaveURL(/\/zh\/organizations\/openai$/);
  await page.goBack();
  await page.getByRole("region", { name: "相关条目" }).getByRole("link", { name: "ChatGPT", exact: true }).click();
  await expect(page).toHaveURL(/\/zh\/models\/chatgpt$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ChatGPT");
});
