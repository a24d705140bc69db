import { expect, test, type Page } from "@playwright/test";

// The compare area in Chinese: /zh/compare, the static comparison pages under /zh/compare/ and the
// compare controls on entry pages and the model list. Entry names here (GPT-4, PaLM-E) are the same
// in both languages, so these checks hold whether /zh/search-index.json (the Chinese index, built by
// the model list's side) is present or the page falls back to the English one.

const table = (page: Page) => page.getByRole("table");
const columnNames = (page: Page) => table(page).locator("thead th[scope=col] a");
const rowLabels = async (page: Page) =>
  (await table(page).locator("tbody th[scope=row]").allTextContents()).map((label) => label.replace(/≠.*$/, "").trim());
const row = (page: Page, label: string) => table(page).locator("tbody tr").filter({ has: page.locator("th[scope=row]", { hasText: label }) });

// Interface text of the English pages that must not show on the Chinese ones.
const ENGLISH = [
  "Release date", "Parameters", "Open weights", "Architecture", "Differs", "values differ", "Side by side", "Rearrange",
  "Add an entry", "Show differences only", "Copy link", "Try a comparison", "Compare puts", "Loading", "Remove", "Move ",
  "Before the catalog", "generates from noise", "Source:",
];

async function expectNoEnglishInterface(page: Page) {
  const text = await page.locator("main").evaluate((main) => {
    // Visible and screen-reader text and the names given in aria-label, without the entries' sources.
    const copy = main.cloneNode(true) as HTMLElement;
    // Sources keep their published (often English) titles.
    copy.querySelectorAll("tbody tr:last-child").forEach((sources) => sources.remove());
    const labels = [...copy.querySelectorAll("[aria-label]")].map((element) => element.getAttribute("aria-label")).join(" ");
    return `${copy.textContent} ${labels}`;
  });
  for (const english of ENGLISH) expect(text, english).not.toContain(english);
}

test.describe("static comparison page", () => {
  test("is Chinese in its HTML: title, description, row labels, values and difference marks", async ({ page, request }) => {
    const html = await (await request.get("/zh/compare/gpt-4-vs-palm-e")).text();
    expect(html).toContain("<title>GPT-4 vs PaLM-E · 对比 · AIGC 目录</title>");
    expect(html).toMatch(/<meta name="description" content="GPT-4（OpenAI，2023年3月14日）和 PaLM-E（[^"]*）并排对比：/);
    expect(html).toMatch(/<table[^>]*>.*参数量.*5620亿/s);

    await page.goto("/zh/compare/gpt-4-vs-palm-e");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("GPT-4 vs PaLM-E");
    await expect(page.getByText("并排对照，差异逐行标出。每个数值都链接到其出处。")).toBeVisible();
    expect((await rowLabels(page)).slice(0, 9)).toEqual(["类型", "机构", "发布日期", "时期", "输入模态", "输出模态", "架构", "参数量", "开放权重"]);
    await expect(row(page, "发布日期").getByRole("cell")).toHaveText([/^2023年3月14日/, /^2023年3月6日/]);
    await expect(row(page, "参数量").locator("th")).toContainText("≠ 有差异");
    await expect(row(page, "参数量").getByRole("cell").nth(1)).toContainText("5620亿");
    await expect(row(page, "类型").getByRole("cell")).toHaveText(["模型", "模型"]);
    await expect(row(page, "开放权重").getByRole("cell").first()).toHaveText("未开放权重");
    await expect(row(page, "参数量").getByRole("link", { name: /^来源：/ }).first()).toBeVisible();
    await expectNoEnglishInterface(page);
  });

  test("keeps its links in Chinese", async ({ page }) => {
    await page.goto("/zh/compare/gpt-4-vs-palm-e");
    await expect(page.getByRole("link", { name: "对比", exact: true }).last()).toHaveAttribute("href", "/zh/compare");
    await expect(columnNames(page).first()).toHaveAttribute("href", "/zh/models/gpt-4");
    await page.getByRole("link", { name: "调整顺序、添加条目或只看差异" }).click();
    await expect(page).toHaveURL(/\/zh\/compare\?models=gpt-4,palm-e$/);
    await expect(page.getByRole("combobox", { name: "添加条目" })).toBeVisible();
  });
});

test.describe("interactive /zh/compare", () => {
  test("builds the table with Chinese labels and keeps the URL state under /zh", async ({ page }) => {
    await page.goto("/zh/compare?models=gpt-4,palm-e");
    await expect(page).toHaveTitle("GPT-4 vs PaLM-E · 对比 · AIGC 目录");
    await expect(columnNames(page)).toHaveText(["GPT-4", "PaLM-E"]);
    await expect(row(page, "参数量").getByRole("cell")).toHaveText([/^未公开/, /^5620亿/]);
    await expect(row(page, "发布日期").getByRole("cell")).toHaveText([/^2023年3月14日/, /^2023年3月6日/]);
    await expect(row(page, "架构").getByRole("cell")).toHaveText(["Transformer", "Transformer"]);
    await expect(page.getByRole("combobox", { name: "添加条目" })).toHaveAttribute("placeholder", "GPT-4、dalle、palm e……");

    await page.getByRole("checkbox", { name: "只显示差异" }).check();
    await expect(page).toHaveURL(/\/zh\/compare\?models=gpt-4,palm-e&diff=1$/);
    await expect(row(page, "类型")).toHaveCount(0);

    await page.getByRole("button", { name: "将 PaLM-E 左移" }).click();
    await expect(page).toHaveURL(/\/zh\/compare\?models=palm-e,gpt-4&diff=1$/);
    await expect(columnNames(page)).toHaveText(["PaLM-E", "GPT-4"]);
    await expect(columnNames(page).first()).toHaveAttribute("href", "/zh/models/palm-e");
    await expectNoEnglishInterface(page);

    await page.getByRole("button", { name: "移除 PaLM-E" }).click();
    await expect(page).toHaveTitle("GPT-4 · 对比 · AIGC 目录");
    await expect(page.getByText("再添加一个条目，与 GPT-4 进行对比。")).toBeVisible();
  });

  test("copies a Chinese link", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]).catch(() => undefined);
    await page.goto("/zh/compare?models=gpt-4,palm-e");
    await page.getByRole("button", { name: "复制链接" }).click();
    const status = page.getByRole("status").filter({ hasText: /链接已复制。|请从此输入框复制链接：/ });
    await expect(status).toBeVisible();
    if ((await status.textContent())?.includes("链接已复制")) {
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/zh\/compare\?models=gpt-4,palm-e$/);
    } else {
      await expect(page.getByRole("textbox", { name: "本对比的链接" })).toHaveValue(/\/zh\/compare\?models=gpt-4,palm-e$/);
    }
  });

  test("explains a bad link in Chinese", async ({ page }) => {
    await page.goto("/zh/compare?models=gpt-4,nope,GPT4,palm-e,imagen,sora,dall-e-2");
    const notices = page.getByRole("status").filter({ hasText: "目录中没有名为" });
    await expect(notices).toContainText("目录中没有名为“nope”的条目，已略去。");
    await expect(notices).toContainText("GPT-4 重复列出，只显示一次。");
    await expect(notices).toContainText(/每次最多对比 4 个条目，.+已略去。/);
    await expect(notices).not.toContainText("No entry");
  });

  test("empty: a Chinese explanation, suggestions and a typeahead that adds entries", async ({ page }) => {
    await page.goto("/zh/compare");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("对比");
    await expect(page.getByText("对比功能可将 2 至 4 个条目并排列出")).toBeVisible();
    const suggestions = page.getByRole("region", { name: "试试这些对比" });
    await expect(suggestions.getByRole("link", { name: /^GPT-4 对比 PaLM-E$/ })).toHaveAttribute("href", "/zh/compare?models=gpt-4,palm-e");
    await expect(page.getByRole("link", { name: "模型列表" })).toHaveAttribute("href", "/zh/models");
    await expectNoEnglishInterface(page);

    const box = page.getByRole("combobox", { name: "添加条目" });
    await box.fill("zzzzqqq");
    await expect(page.getByText("没有与“zzzzqqq”匹配的条目。")).toBeVisible();
    await box.fill("palm-e");
    await expect(page.getByRole("listbox", { name: "匹配的条目" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: /个匹配项$/ })).toBeAttached();
    await box.press("Enter");
    await expect(page).toHaveURL(/\/zh\/compare\?models=palm-e$/);
    await expect(columnNames(page)).toHaveText(["PaLM-E"]);
    await expect(box).toBeFocused();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("/zh/compare explains itself in Chinese and its suggestions open the Chinese static pages", async ({ page }) => {
    await page.goto("/zh/compare");
    // Playwright's text matching skips <noscript>, so the paragraph is found by its place.
    await expect(page.locator("main noscript p").nth(1)).toContainText("对比表格在浏览器中生成，需要启用 JavaScript。");
    await expect(page.getByRole("link", { name: "模型列表" })).toHaveAttribute("href", "/zh/models");
    await page.getByRole("link", { name: "GPT-4 对比 PaLM-E" }).click();
    await expect(page).toHaveURL(/\/zh\/compare\/gpt-4-vs-palm-e$/);
    await expect(page.getByRole("table")).toContainText("5620亿");
  });
});

test("加入对比 on Chinese entry pages builds the selection and opens it under /zh", async ({ page }) => {
  await page.goto("/zh/models/gpt-4");
  await page.getByRole("link", { name: "加入对比" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已选 1 个" })).toBeVisible();
  await expect(page.getByText(/已在对比中$/)).toBeVisible();
  await page.goto("/zh/models/palm-e");
  await page.getByRole("link", { name: "加入对比" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已选 2 个" })).toBeVisible();
  await page.getByRole("link", { name: "开始对比" }).click();
  await expect(page).toHaveURL(/\/zh\/compare\?models=gpt-4,palm-e$/);
  await expect(columnNames(page)).toHaveText(["GPT-4", "PaLM-E"]);
});

test("the model list's compare ticks and tray are Chinese and lead to /zh/compare", async ({ page }) => {
  await page.goto("/zh/models?q=palm-e");
  await page.getByRole("checkbox", { name: /^对比\s?PaLM-E$/ }).check();
  await expect(page.getByText("再勾选一个条目即可对比。")).toBeVisible();
  await page.getByRole("link", { name: "对比（1）" }).click();
  await expect(page).toHaveURL(/\/zh\/compare\?models=palm-e$/);
});
