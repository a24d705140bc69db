import { expect, test, type Page } from "@playwright/test";

// The Chinese lineage pages (/zh/lineage, its filter and family pages, an entry's 家族 section):
// Chinese words throughout, links kept under /zh. Like the English pages, they need no JavaScript.
test.use({ javaScriptEnabled: false });

/** The page's own words: visible text and labels, drawings' tooltips included. */
async function interfaceText(page: Page, selector = "main"): Promise<string> {
  return page.locator(selector).first().evaluate((root) => {
    const labels = [...root.querySelectorAll("[aria-label]")].map((element) => element.getAttribute("aria-label"));
    return [root.textContent, ...labels].join("\n");
  });
}

const ENGLISH = /\b(Lineage|Family of|Families with|Lines drawn|All modalities|Descent|only|entries|family|families|successor of|based on|variant of|uses|drawn|date unknown|dates unknown|More families|Filter by|and)\b/;

async function linksStayInChinese(page: Page) {
  const hrefs = await page.locator("main a[href^='/']").evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((href) => !href.startsWith("/zh/"))).toEqual([]);
}

test("/zh/lineage: Chinese heading, filters, families and relation words", async ({ page }) => {
  await page.goto("/zh/lineage");
  await expect(page).toHaveTitle(/^谱系 · /);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("谱系");
  // The GPT family joins lines from several roots: GPT, DDPM, CLIP and more.
  const gpt = page.getByRole("heading", { level: 2, name: /^GPT、DDPM、CLIP 等 \d+ 个源头的家族 \d+ 个条目，\d{4}–\d{4} 年$/ });
  await expect(gpt).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(/^\d+ 个家族，\d+ 个条目。每个家族按时间从早到晚列出其传承脉络；嵌套列表表示分支。$/);
  const modality = page.getByRole("navigation", { name: "按模态筛选" });
  await expect(modality).toContainText("包含以下模态条目的家族");
  await expect(modality.getByRole("link", { name: "全部模态" })).toHaveAttribute("aria-current", "page");
  const relation = page.getByRole("navigation", { name: "按关系筛选" });
  await expect(relation.getByRole("link")).toHaveText(["传承（后继、基于、变体）", "仅后继", "仅基于", "仅变体", "使用技术", "传承与技术"]);
  // The lists say how each entry descends, with Chinese relation names and years.
  await expect(page.locator("#family-gpt-2").first()).toContainText(/GPT-2 2019 年，文本 · 前代：GPT/);
  await expect(page.getByRole("region", { name: /^GPT、DDPM、CLIP 等 \d+ 个源头的家族（图示，可横向滚动）$/ })).toBeVisible();
  expect(await interfaceText(page)).not.toMatch(ENGLISH);
  await linksStayInChinese(page);
});

test("a Chinese filter page is a link that works without JavaScript", async ({ page }) => {
  await page.goto("/zh/lineage");
  await page.getByRole("navigation", { name: "按模态筛选" }).getByRole("link", { name: "具身" }).click();
  await expect(page).toHaveURL(/\/zh\/lineage\/filter\/embodied\/descent$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("谱系：具身，传承（后继、基于、变体）");
  await expect(page).toHaveTitle(/^谱系：具身，传承（后继、基于、变体） · /);
  await expect(page.getByRole("link", { name: "RT-2", exact: true }).first()).toHaveAttribute("href", "/zh/models/rt-2");
  await page.getByRole("navigation", { name: "按关系筛选" }).getByRole("link", { name: "仅基于" }).click();
  await expect(page).toHaveURL(/\/zh\/lineage\/filter\/embodied\/based-on$/);
  expect(await interfaceText(page)).not.toMatch(ENGLISH);
  await linksStayInChinese(page);
});

test("a Chinese family page: breadcrumb, count, drawing and list", async ({ page }) => {
  await page.goto("/zh/lineage/family/gpt");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^GPT、DDPM、CLIP 等 \d+ 个源头的家族$/);
  await expect(page).toHaveTitle(/^GPT、DDPM、CLIP 等 \d+ 个源头的家族 · /);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^GPT、.+ 等的谱系：谁接替了谁/);
  await expect(page.getByRole("link", { name: "谱系" }).first()).toHaveAttribute("href", "/zh/lineage");
  await expect(page.locator("main")).toContainText(/\d+ 个条目，通过后继、基于或变体关系相连/);
  await expect(page.locator("#family-gpt-4")).toContainText("GPT-4");
  expect(await interfaceText(page)).not.toMatch(ENGLISH);
  await linksStayInChinese(page);
});

test("a Chinese entry page shows its 家族 and links to the whole family, focused on the entry", async ({ page }) => {
  await page.goto("/zh/models/gpt-4");
  const family = page.getByRole("region", { name: "家族" });
  await expect(family.getByRole("heading", { name: "源自" })).toBeVisible();
  await expect(family.getByRole("heading", { name: "后代" })).toBeVisible();
  await expect(family.getByRole("region", { name: "GPT-4 及其亲缘条目（图示，可横向滚动）" })).toBeVisible();
  expect(await interfaceText(page, "section[aria-labelledby='family-heading']")).not.toMatch(ENGLISH);
  await family.getByRole("link", { name: /^查看整个 GPT、DDPM、CLIP 等 \d+ 个源头的家族（\d+ 个条目）$/ }).click();
  await expect(page).toHaveURL(/\/zh\/lineage\/family\/gpt#family-gpt-4$/);
});
