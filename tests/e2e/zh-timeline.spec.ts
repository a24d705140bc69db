import { expect, test, type Page } from "@playwright/test";

// The Chinese timeline (/zh/timeline): the same events and charts as the English page, every word
// of the interface in Chinese, links kept under /zh. Phone-width checks: zh-timeline-responsive.spec.ts.

const events = (page: Page) => page.locator("li[data-event]");
const visibleEvents = (page: Page) => page.locator("li[data-event]:visible");

/** The page's own words: visible text, labels, chart titles and descriptions; external source titles left out. */
async function interfaceText(page: Page): Promise<string> {
  return page.locator("main").evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    for (const external of copy.querySelectorAll('a[rel~="noopener"], .prose-body')) external.remove();
    const labels = [...copy.querySelectorAll("[aria-label]")].map((element) => element.getAttribute("aria-label"));
    const svgText = [...copy.querySelectorAll("svg title, svg desc, svg text")].map((element) => element.textContent);
    return [copy.textContent, ...labels, ...svgText].join("\n");
  });
}

// Words of the English interface that must not survive on the Chinese page.
const ENGLISH = /\b(Showing|events|Milestone|Input|output|Back to top|Charts|Jump to|Top|Legend|Show the data|Parameters|Entries|Released|Year|Before|Between|Why these dates|source article|Modalities|Related entry|Source|Filter|Timeline|In numbers|Not placed|entries|per year|parameters)\b/;

test("the Chinese timeline is in Chinese, with Chinese dates and era years", async ({ page }) => {
  await page.goto("/zh/timeline");
  await expect(page).toHaveTitle(/^时间线 · /);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByRole("heading", { level: 1, name: "时间线" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^2012 年以前$/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^单模态 2012–2018 年$/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^融合 2019–2020 年$/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^多模态统一 2021 年至今$/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "数据一览" })).toBeVisible();

  // The source article is named by its Chinese title in both languages.
  await expect(page.locator("#top > p").first()).toContainText("华为云 2023 年 3 月发表的文章《AIGC时代：未来已来》");
  const band = page.locator("#era-single-modality");
  await expect(band).toContainText("源文章《AIGC时代：未来已来》（2023 年 3 月）的说法：2012 年以前（所举例子：AlexNet）。本目录依据论文和发布公告本身，把这一时代定为 2012–2018 年。");
  await expect(band.getByRole("link", { name: "源文章" })).toHaveAttribute("href", "/zh/about#corrections-to-the-source-article");
  await expect(band.getByText("为什么是这些年份")).toBeVisible();

  const gpt4 = page.locator("#entry-gpt-4");
  await expect(gpt4.locator("time")).toHaveText("2023年3月14日");
  await expect(gpt4).toContainText("输入：文本、图像");
  await expect(gpt4).toContainText("；输出：文本");
  await expect(page.locator('li[data-event="milestone"]').first()).toContainText("里程碑");
  await expect(page.locator("[data-undated]")).toContainText("没有出处能确认其发布日期");

  expect(await interfaceText(page)).not.toMatch(ENGLISH);
});

test("links on the Chinese timeline stay under /zh", async ({ page }) => {
  await page.goto("/zh/timeline");
  const hrefs = await page
    .locator("main a[href^='/']")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThan(100);
  expect(hrefs.filter((href) => !href.startsWith("/zh/"))).toEqual([]);
  await page.locator("#entry-gpt-4").getByRole("link", { name: "GPT-4" }).click();
  await expect(page).toHaveURL(/\/zh\/models\/gpt-4$/);
});

test("the modality filter works in Chinese and keeps the URL on /zh", async ({ page }) => {
  await page.goto("/zh/timeline");
  const total = await events(page).count();
  const filters = page.getByRole("navigation", { name: "按模态筛选事件" });
  await expect(filters.getByRole("link", { name: "全部" })).toHaveAttribute("aria-current", "true");
  await expect(filters.getByRole("link", { name: "视频" })).toHaveAttribute("href", "/zh/timeline?modality=video");
  await filters.getByRole("link", { name: "视频" }).click();
  await expect(page).toHaveURL(/\/zh\/timeline\?modality=video$/);
  const count = await visibleEvents(page).count();
  expect(count).toBeLessThan(total);
  await expect(page.getByRole("status")).toHaveText(`显示 ${total} 个事件中的 ${count} 个（视频）。`);
  await page.goBack();
  await expect(page).toHaveURL(/\/zh\/timeline$/);
  await expect(page.getByRole("status")).toHaveText(`显示 ${total} 个事件中的 ${total} 个。`);

  await page.goto("/zh/timeline?modality=smell");
  await expect(page.getByText("这条时间线上没有名为“smell”的模态，因此显示全部事件。")).toBeVisible();
  await expect(visibleEvents(page)).toHaveCount(total);
});

test("the jump bar and back-to-top link are in Chinese", async ({ page }) => {
  await page.goto("/zh/timeline");
  const nav = page.getByRole("navigation", { name: "跳转到" });
  await expect(nav.getByRole("link")).toHaveText(["2012 年以前", /^单模态/, /^融合/, /^多模态统一/, "图表", "顶部 ↑"]);
  await nav.getByRole("link", { name: /^融合/ }).click();
  await expect(page).toHaveURL(/\/zh\/timeline#era-fusion$/);
  await expect(nav.getByRole("link", { name: /^融合/ })).toHaveAttribute("aria-current", "location");
  await page.getByRole("link", { name: "回到顶部" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "时间线" })).toBeInViewport();
});

test("the charts speak Chinese: titles, axes, legend, tables and point names", async ({ page }) => {
  await page.goto("/zh/timeline");
  const figures = page.locator("#charts figure");
  await expect(figures.nth(0).locator("figcaption")).toContainText("本目录每年收录的条目数，按输出模态划分");
  await expect(figures.nth(0).locator("figcaption")).toContainText("在每种模态下各计一次");
  await expect(figures.nth(1).locator("figcaption")).toContainText("已公布参数量随时间的变化");
  await expect(figures.nth(1).locator("figcaption")).toContainText(/\d+ 个条目中有 \d+ 个未列入：\d+ 个未公布参数量/);
  await expect(figures.nth(0).getByRole("list", { name: "图例" })).toContainText("图像");
  const svg = figures.nth(1).locator("svg[aria-labelledby]:visible");
  await expect(svg).toHaveAccessibleName("已公布参数量随时间的变化");
  await expect(svg.locator("text").filter({ hasText: "参数量" }).first()).toBeVisible();
  await expect(svg.locator("text").filter({ hasText: /^1000亿$/ })).toHaveCount(1);

  const gpt3 = figures.nth(1).getByRole("link", { name: "GPT-3，2020年5月28日：1750亿参数", exact: true });
  await expect(gpt3).toHaveAttribute("href", "/zh/models/gpt-3");
  await gpt3.focus();
  await expect(gpt3.locator(".chart-point-label")).toHaveText("GPT-3，2020年5月28日：1750亿");

  await figures.nth(1).getByText("以表格显示数据").click();
  const table = figures.nth(1).getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveText(["条目", "发布日期", "参数量"]);
  await expect(table).toContainText("5620亿");
  await expect(table).toContainText("2020年5月28日");
  await figures.nth(0).getByText("以表格显示数据").click();
  await expect(figures.nth(0).getByRole("columnheader").first()).toHaveText("年份");
});

test("the English timeline still names the source article by its Chinese title", async ({ page }) => {
  await page.goto("/timeline");
  await expect(page.locator("#top > p").first()).toContainText("the March 2023 Huawei Cloud article “AIGC时代：未来已来”");
  await expect(page.locator("#top > p").first().locator('[lang="zh-Hans"]')).toHaveText("AIGC时代：未来已来");
});

