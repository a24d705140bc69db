import { expect, test, type Page } from "@playwright/test";

// The pages area in Chinese: home, about, data, changes, modalities and organizations.

/** Every internal link in the main content stays in Chinese, except files (feed, data), which are one for both languages. */
async function expectLinksStayChinese(page: Page) {
  const hrefs = await page.locator("main a[href^='/']").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) {
    const path = href.split(/[?#]/)[0];
    const isFile = path.slice(path.lastIndexOf("/") + 1).includes(".");
    if (!isFile) expect(href, href).toMatch(/^\/zh(\/|\?|#|$)/);
  }
}

/** None of these English interface strings is left in the main content (English content marked lang="en" and code aside). */
async function expectNoEnglish(page: Page, strings: string[]) {
  const text = await page.locator("main").evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("[lang='en'], pre, code").forEach((element) => element.remove());
    return copy.textContent ?? "";
  });
  for (const string of strings) expect(text, string).not.toContain(string);
}

test("the Chinese home page: intro, input → output matrix, eras and what's new", async ({ page }) => {
  await page.goto("/zh");
  await expect(page).toHaveTitle("AIGC 目录：有出处的生成式人工智能");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("AIGC 目录");
  await expect(page.locator("main")).toContainText(/共收录 \d+ 个生成式 AI 模型/);
  await expect(page.getByRole("link", { name: "浏览全部模型" })).toHaveAttribute("href", "/zh/models");
  for (const heading of ["按输入和输出查找模型", "模态", "多模态 AI 的三个时代", "最近动态", "最近新增", "最近更正", "最新条目"]) {
    await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  }

  const matrix = page.getByRole("table", { name: /按输入模态（行）和输出模态（列）/ });
  await expect(matrix.getByRole("columnheader").first()).toHaveText("输入 ↓ / 输出 →");
  await expect(matrix.getByRole("link", { name: "所有生成图像的条目" })).toHaveAttribute("href", "/zh/models?out=image");
  await expect(matrix.getByRole("link", { name: "所有以文本为输入的条目" })).toHaveAttribute("href", "/zh/models?in=text");
  await expect(matrix.getByRole("rowheader", { name: "无（噪声）" })).toBeVisible();
  const cell = matrix.getByRole("link", { name: /^输入文本、输出图像：\d+ 个条目$/ });
  await expect(cell).toHaveAttribute("href", "/zh/models?in=text&out=image");

  // A correction's note is written in English and marked so; dates are written the Chinese way.
  const updated = page.getByRole("heading", { name: "最近更正" }).locator("xpath=..");
  await expect(updated.locator("p[lang='en']").first()).toBeVisible();
  await expect(updated.locator("time").first()).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  await expect(updated.getByText("更正", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "全部更新记录" })).toHaveAttribute("href", "/zh/changes");

  await expectNoEnglish(page, ["Browse all models", "Read the timeline", "What's new", "Recently added", "Most recent entries", "Three eras", "Input ↓", "None (noise)", "to today", "–today"]);
  await expectLinksStayChinese(page);

  await cell.click();
  await expect(page).toHaveURL(/\/zh\/models\?in=text&out=image$/);
});

test("the Chinese about page counts its coverage in Chinese", async ({ page }) => {
  await page.goto("/zh/about");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("关于");
  await expect(page.getByRole("heading", { name: "收录情况（根据数据统计）" })).toBeVisible();
  await expect(page.locator("main")).toContainText(/本目录收录了来自 \d+ 个国家和地区、\d+ 家机构的 \d+ 个条目/);
  const table = page.getByRole("region", { name: "按年份和输出模态统计的条目数" });
  await expect(table.getByRole("columnheader", { name: "年份" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "条目数" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "视频" })).toBeVisible();
  await expectNoEnglish(page, ["Coverage, counted", "The catalog holds", "An entry with several outputs", "Entries per year"]);
});

test("the Chinese data page explains the files, fields and examples in Chinese; code stays code", async ({ page }) => {
  await page.goto("/zh/data");
  await expect(page).toHaveTitle("数据 · AIGC 目录");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^以 JSON 或 CSV 格式下载本目录/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("数据");
  for (const heading of ["文件", "许可协议", "字段", "示例", "引用本目录"]) {
    await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("table", { name: "可下载的数据文件" })).toContainText("CSV（UTF-8，带 BOM）");
  const columns = page.getByRole("table", { name: "catalog.csv 的各列" });
  await expect(columns.getByRole("row", { name: /^name / })).toContainText("开发方所用的名称。");
  await expect(columns.getByRole("row", { name: /^released / })).toContainText("没有来源给出日期时为空");
  const js = page.getByRole("region", { name: "JavaScript（浏览器或 Node.js 18+）" });
  await expect(js).toContainText("// 输出图像的开放权重模型，最新的在前");
  await expect(js).toContainText('m.openWeights === "yes"');
  await expect(page.getByRole("region", { name: "Python（pandas）" })).toContainText('encoding="utf-8-sig"');
  for (const file of ["/catalog.json", "/catalog.csv", "/catalog.schema.json", "/data/entries/gpt-4.json"]) {
    await expect(page.locator(`main a[href="${file}"]`).first()).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "关于", exact: true }).last()).toHaveAttribute("href", "/zh/about");
  await expectNoEnglish(page, ["What it holds", "The whole catalog", "The data is published under", "Every entry, organization", "Identifier;", "Python with pandas", "Open-weight models that output", "byte-order mark"]);
  await expectLinksStayChinese(page);
});

test("the Chinese changes page groups additions and corrections by Chinese dates", async ({ page }) => {
  await page.goto("/zh/changes");
  await expect(page).toHaveTitle("更新记录 · AIGC 目录");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("更新记录");
  await expect(page.getByRole("link", { name: "Atom 源" })).toHaveAttribute("href", "/feed.xml");
  await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  await expect(page.getByText("新增", { exact: true }).first()).toBeVisible();
  await expect(page.locator("main p[lang='en']").first()).toBeVisible();
  await expectNoEnglish(page, ["Entries added to the catalog", "Added", "Corrected", "No dated additions"]);
  await expectLinksStayChinese(page);
});

test("the Chinese modalities page and a modality page: what generates it and what only takes it in", async ({ page }) => {
  await page.goto("/zh/modalities");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("模态");
  await expect(page.locator("main")).toContainText(/视频（\d+ 个条目）/);
  await page.getByRole("link", { name: "视频", exact: true }).click();
  await expect(page).toHaveURL(/\/zh\/modalities\/video$/);

  await expect(page).toHaveTitle("视频：生成视频或以视频为输入的模型 · AIGC 目录");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("视频");
  await expect(page.getByRole("link", { name: "模态", exact: true }).last()).toHaveAttribute("href", "/zh/modalities");
  const generates = page.getByRole("region", { name: /^生成视频：\d+ 个条目，按时间从早到晚排列$/ });
  const understands = page.getByRole("region", { name: /^以视频为输入但不生成视频：\d+ 个条目$/ });
  await expect(generates.getByRole("link", { name: "Sora", exact: true })).toBeVisible();
  await expect(understands.getByRole("link", { name: "Flamingo", exact: true })).toBeVisible();
  await expect(generates.getByRole("link", { name: "在模型列表中查看所有生成视频的模型" })).toHaveAttribute("href", "/zh/models?out=video");
  await expect(understands.getByRole("link", { name: "在模型列表中查看所有以视频为输入的模型" })).toHaveAttribute("href", "/zh/models?in=video");
  await expect(generates.locator(".sr-only").first()).toHaveText("输入：");
  await expectNoEnglish(page, ["Generates video", "Takes video in", "oldest first", "in the model list", "Input: ", "; output: "]);
  await expectLinksStayChinese(page);
});

test("the Chinese organizations pages: countries, types and counts in Chinese, English names alongside", async ({ page }) => {
  await page.goto("/zh/organizations");
  await expect(page).toHaveTitle("机构 · AIGC 目录");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("机构");
  await expect(page.locator("main")).toContainText(/来自 \d+ 个国家和地区的 \d+ 家机构/);
  const china = page.getByRole("region", { name: "中国", exact: true });
  await expect(china.getByRole("link", { name: "阿里巴巴", exact: true })).toHaveAttribute("href", "/zh/organizations/alibaba");
  await expect(china.locator("span[lang='en']", { hasText: "Alibaba Group" })).toBeVisible();
  await expect(china).toContainText(/（企业，\d+ 个条目）/);
  await expect(page.getByRole("heading", { name: "美国", exact: true })).toBeVisible();
  await expectNoEnglish(page, ["organizations in", "Company,", " entries)", "No country"]);
  await expectLinksStayChinese(page);

  await china.getByRole("link", { name: "阿里巴巴", exact: true }).click();
  await expect(page).toHaveURL(/\/zh\/organizations\/alibaba$/);
  await expect(page).toHaveTitle("阿里巴巴 · AIGC 目录");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^阿里巴巴：本目录收录的 \d+ 个生成式 AI 条目。$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("阿里巴巴");
  await expect(page.getByRole("heading", { level: 1 }).locator("span[lang='en']")).toHaveText("Alibaba Group");
  const facts = page.locator("main dl");
  await expect(facts).toContainText("类型");
  await expect(facts).toContainText("企业");
  await expect(facts.getByRole("link", { name: "中国" })).toHaveAttribute("href", "/zh/models?country=CN");
  await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(/^\d+ 个条目，按时间从早到晚排列$/);
  await expect(page.getByRole("link", { name: "机构", exact: true }).last()).toHaveAttribute("href", "/zh/organizations");
  await expectNoEnglish(page, ["Type", "Country", "Website", "oldest first"]);
  await expectLinksStayChinese(page);
});
