import { expect, test, type Page } from "@playwright/test";

// The Chinese model list: interface in Chinese, a Chinese search index, links and URL state that
// stay under /zh.

const results = (page: Page) => page.getByTestId("results").getByRole("listitem");
const firstResult = (page: Page) => results(page).first().getByRole("link").first();
const searchBox = (page: Page) => page.getByRole("searchbox", { name: "按名称、别名或机构搜索模型" });
const main = (page: Page) => page.locator("main");

// Interface text of the English list that must not appear on the Chinese one.
const ENGLISH = [
  "Search models by name",
  "Sort by",
  "Newest",
  "Output: generates all of",
  "Architecture",
  "Weights",
  "Organization",
  "Released",
  "Or pick an era",
  "Show all",
  "entries, newest first",
  "date unknown",
  "Text-to-image",
  "Open weights",
];

async function expectNoEnglish(page: Page) {
  const text = await main(page).innerText();
  for (const phrase of ENGLISH) expect(text, phrase).not.toContain(phrase);
}

test.describe("/zh/models", () => {
  test("is in Chinese: heading, search, sort, facets, count and rows", async ({ page }) => {
    await page.goto("/zh/models");
    await expect(page.getByRole("heading", { level: 1, name: "模型" })).toBeVisible();
    await expect(searchBox(page)).toBeVisible();
    await expect(page.getByRole("combobox", { name: "排序" })).toHaveValue("newest");
    const filters = page.getByRole("complementary", { name: "筛选" });
    await expect(filters.getByRole("group", { name: "类型" })).toBeVisible();
    await expect(filters.getByRole("group", { name: "权重" }).getByRole("checkbox", { name: /^开放权重/ })).toBeVisible();
    await expect(page.getByText(/共 \d+ 个条目，从新到旧排列/)).toBeVisible();
    await expect(main(page).getByText(/任务：/).first()).toBeAttached();
    await expectNoEnglish(page);
    await expect(page.getByRole("navigation", { name: "列表分页" })).toBeVisible();
  });

  test("keeps every list link under /zh", async ({ page }) => {
    await page.goto("/zh/models");
    const hrefs = await main(page).locator("a[href^='/']").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThan(50);
    expect(hrefs.filter((href) => !href.startsWith("/zh/"))).toEqual([]);
    await page.getByRole("navigation", { name: "列表分页" }).getByRole("link", { name: "第 2 页" }).click();
    await expect(page).toHaveURL(/\/zh\/models\/page\/2$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^模型：第 2 页，共 \d+ 页$/);
    await expectNoEnglish(page);
  });

  for (const [query, name] of [
    ["文心一言", "文心一言"],
    ["通义", "通义千问"],
    ["可灵", "可灵"],
    ["ERNIE Bot", "文心一言"],
    ["gpt4", "GPT-4"],
  ]) {
    test(`search "${query}" finds ${name} first, with its Chinese name`, async ({ page }) => {
      await page.goto("/zh/models");
      await searchBox(page).fill(query);
      await expect(firstResult(page)).toHaveText(name);
      await expect(firstResult(page)).toHaveAttribute("href", /^\/zh\/models\//);
      expect(new URL(page.url()).pathname).toBe("/zh/models");
      expect(new URL(page.url()).searchParams.get("q")).toBe(query);
    });
  }

  test("finds a PanGu model for 盘古", async ({ page }) => {
    await page.goto("/zh/models?q=盘古");
    await expect(firstResult(page)).toHaveText(/盘古/);
  });

  test("Chinese task words find the entries that perform the task, labelled as topics", async ({ page }) => {
    await page.goto("/zh/models?q=文生图");
    await expect(page.getByText("没有名为“文生图”的条目。")).toBeVisible();
    await expect(results(page).first()).toContainText("主题或任务");
    await expect(results(page).filter({ has: page.getByRole("link", { name: "Stable Diffusion", exact: true }) })).toHaveCount(1);
    for (const query of ["图生视频", "语音合成", "具身智能"]) {
      await searchBox(page).fill(query);
      await expect(results(page).first()).toContainText("主题或任务");
    }
  });

  test("filters live in the URL, with Chinese chips and counts, and survive a reload", async ({ page }) => {
    await page.goto("/zh/models");
    const filters = page.getByRole("complementary", { name: "筛选" });
    await filters.getByRole("group", { name: /^输出/ }).getByRole("checkbox", { name: /^视频/ }).check();
    await expect(page).toHaveURL(/\/zh\/models\?out=video$/);
    await expect(page.getByText(/^显示 \d+ 个条目，共 \d+ 个$/)).toBeVisible();
    const chips = page.getByRole("list", { name: "已选筛选条件" });
    await expect(chips.getByRole("button", { name: /输出：同时生成：视频/ })).toBeVisible();
    const count = await results(page).count();
    await page.reload();
    await expect(results(page)).toHaveCount(count);
    await chips.getByRole("button", { name: "全部清除" }).click();
    await expect(page).toHaveURL(/\/zh\/models$/);
  });

  test("an organization link means the same in both languages", async ({ page }) => {
    await page.goto("/zh/models?org=Baidu");
    await expect(page.getByRole("list", { name: "已选筛选条件" }).getByRole("button", { name: /机构：百度/ })).toBeVisible();
    await expect(results(page).filter({ has: page.getByRole("link", { name: "文心一言", exact: true }) })).toHaveCount(1);
  });

  test("says in Chinese when nothing matches, and what was ignored in a link", async ({ page }) => {
    await page.goto("/zh/models?q=qqqqzzzz&kind=nonsense");
    await expect(page.getByText("链接中有部分内容无法识别，已忽略：kind=nonsense。")).toBeVisible();
    await expect(page.getByText("没有名为“qqqqzzzz”的条目。")).toBeVisible();
    await page.getByRole("button", { name: "显示全部模型" }).click();
    await expect(page).toHaveURL(/\/zh\/models$/);
  });

  test("sorting is labelled in Chinese and kept in the URL", async ({ page }) => {
    await page.goto("/zh/models");
    await page.getByRole("combobox", { name: "排序" }).selectOption({ label: "参数量（从大到小）" });
    await expect(page).toHaveURL(/\/zh\/models\?sort=parameters$/);
  });
});

test.describe("the header search on a Chinese page", () => {
  test("is labelled in Chinese and suggests Chinese names that open under /zh", async ({ page }) => {
    await page.goto("/zh/timeline");
    const box = page.getByRole("combobox", { name: "搜索", exact: true });
    await expect(box).toHaveAttribute("placeholder", "GPT-4、文心一言、可灵…");
    await box.fill("可灵");
    const suggestions = page.getByRole("listbox", { name: "搜索建议" });
    await expect(suggestions.getByRole("option").first()).toContainText("可灵");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/zh\/models\/kling$/);
  });

  test("submits to /zh/models", async ({ page }) => {
    await page.goto("/zh/timeline");
    await page.getByRole("combobox", { name: "搜索", exact: true }).fill("通义");
    await page.getByRole("button", { name: "搜索", exact: true }).click();
    await expect(page).toHaveURL(/\/zh\/models\?q=%E9%80%9A%E4%B9%89$/);
    await expect(firstResult(page)).toHaveText("通义千问");
  });

  test("works without JavaScript as a form to /zh/models", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/zh/about");
    await expect(page.locator("form[role=search]")).toHaveAttribute("action", "/zh/models");
    await context.close();
  });
});

test.describe("the list's first HTML", () => {
  test("has facet counts and compare ticks before any script runs", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/zh/models");
    const kind = page.getByRole("complementary", { name: "筛选" }).getByRole("group", { name: "类型" });
    await expect(kind.getByRole("listitem").first()).toHaveText(/^模型\s*\d+$/);
    await expect(main(page).getByRole("checkbox", { name: /文心一言|GPT-5/ }).first()).toBeAttached();
    await context.close();
  });

  test("keeps a compare tick made before the index loads", async ({ page }) => {
    await page.goto("/zh/models");
    const row = main(page).getByRole("listitem").filter({ has: page.getByRole("link", { name: "GPT-5", exact: true }) });
    await row.getByRole("checkbox").check();
    await expect(row.getByRole("checkbox")).toBeChecked();
    await searchBox(page).fill("GPT-5");
    await expect(results(page).first().getByRole("checkbox")).toBeChecked();
  });
});
