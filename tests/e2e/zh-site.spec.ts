import { expect, test } from "@playwright/test";
import { layoutShifts, recordLayoutShifts } from "./layout-shifts";

// The frame of the bilingual site: languages, the switch between them, the notice, 404s, hreflang.

test("the Chinese home page is in Chinese, with alternates for both languages", async ({ page }) => {
  await page.goto("/zh");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "时间线" })).toHaveAttribute("href", "/zh/timeline");
  const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
    links.map((link) => `${link.getAttribute("hreflang")} ${new URL(link.getAttribute("href")!).pathname}`),
  );
  expect(alternates.sort()).toEqual(["en /", "x-default /", "zh-Hans /zh"]);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/zh$/);
});

test("an English page names its Chinese twin and keeps its own canonical address", async ({ page }) => {
  await page.goto("/models/gpt-4");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute("href", /\/zh\/models\/gpt-4$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /[^h]\/models\/gpt-4$/);
});

test("the language switch opens the same page in the other language, keeping the query", async ({ page }) => {
  await page.goto("/models?q=sora&out=video");
  await page.getByRole("link", { name: "阅读本页中文版" }).click();
  await expect(page).toHaveURL(/\/zh\/models\?q=sora&out=video$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await page.getByRole("link", { name: "Read this page in English" }).click();
  await expect(page).toHaveURL(/\/models\?q=sora&out=video$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the switch works from an entry page and from the home page", async ({ page }) => {
  await page.goto("/zh/models/gpt-4");
  await expect(page.getByRole("link", { name: "Read this page in English" })).toHaveAttribute("href", "/models/gpt-4");
  await page.goto("/");
  await expect(page.getByRole("link", { name: "阅读本页中文版" })).toHaveAttribute("href", "/zh");
});

test("links inside the Chinese site stay in Chinese; files stay shared", async ({ page }) => {
  await page.goto("/zh/models/gpt-4");
  // The language switch (hreflang="en") is the one link meant to leave.
  const hrefs = await page.locator("main a[href^='/'], header a[href^='/']:not([hreflang]), footer a[href^='/']").evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
  const pages = hrefs.filter((href) => !/\.[a-z]+($|[?#])/.test(href.split("#")[0]));
  expect(pages.length).toBeGreaterThan(10);
  expect(pages.filter((href) => !href.startsWith("/zh"))).toEqual([]);
  expect(hrefs).toContain("/feed.xml");
});

test.describe("a reader whose browser prefers Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("sees a notice on the English page linking to the Chinese one, until dismissed", async ({ page }) => {
    await page.goto("/timeline");
    const notice = page.getByRole("complementary", { name: "本页有中文版。" });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole("link", { name: "阅读中文版" })).toHaveAttribute("href", "/zh/timeline");
    await notice.getByRole("button", { name: "关闭" }).click();
    await expect(notice).toBeHidden();
    await page.goto("/models/gpt-4");
    await expect(page.locator("main")).toBeVisible();
    await expect(page.getByRole("complementary", { name: "本页有中文版。" })).toHaveCount(0);
  });

  test("is not redirected, and sees no notice on the Chinese page", async ({ page }) => {
    const response = await page.goto("/models/gpt-4");
    expect(response?.url()).toMatch(/\/models\/gpt-4$/);
    await page.goto("/zh/models/gpt-4");
    await expect(page.locator("main")).toBeVisible();
    await expect(page.getByRole("complementary", { name: /English/ })).toHaveCount(0);
  });
});

test.describe("a reader whose browser prefers English", () => {
  test.use({ locale: "en-US" });

  test("sees an English notice on a Chinese page, and none on English pages", async ({ page }) => {
    await recordLayoutShifts(page);
    await page.goto("/zh/about");
    const notice = page.getByRole("complementary", { name: "This page is also in English." });
    await expect(notice.getByRole("link")).toHaveAttribute("href", "/about");
    // It appears after the page has painted, at the foot of the screen, without moving what is being read.
    const box = (await notice.boundingBox())!;
    expect(Math.round(box.y + box.height)).toBe(page.viewportSize()!.height);
    expect(await layoutShifts(page)).toEqual([]);
    await page.goto("/about");
    await expect(page.locator("main")).toBeVisible();
    await expect(page.getByRole("complementary", { name: /also in English|中文版/ })).toHaveCount(0);
  });
});

test("a missing Chinese address gets the Chinese 404 page, an English one the English page", async ({ page }) => {
  let response = await page.goto("/zh/models/no-such-model");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  response = await page.goto("/models/no-such-model");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("the sitemap lists both languages, each page naming its twin", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toMatch(/<loc>[^<]*\/zh\/models\/gpt-4<\/loc>/);
  expect(sitemap).toMatch(/<loc>[^<]*[^h]\/models\/gpt-4<\/loc>/);
  expect(sitemap).toContain('hreflang="zh-Hans"');
  const locs = sitemap.match(/<loc>/g)!.length;
  const chinese = sitemap.match(/<loc>[^<]*\/zh(\/[^<]*)?<\/loc>/g)!.length;
  expect(chinese * 2).toBe(locs);
});

test("on a 404 page the language switch leads to the other language's home page", async ({ page }) => {
  await page.goto("/zh/models/no-such-model");
  await expect(page.getByRole("link", { name: "Read this page in English" })).toHaveAttribute("href", "/");
  await page.goto("/models/no-such-model");
  await expect(page.getByRole("link", { name: "阅读本页中文版" })).toHaveAttribute("href", "/zh");
});

test("Chinese pages use the system's CJK fonts; English text written once is marked as English", async ({ page }) => {
  await page.goto("/zh/models/gpt-4");
  const fontFamily = await page.locator("body").evaluate((body) => getComputedStyle(body).fontFamily);
  expect(fontFamily).toContain("PingFang SC");
  expect(fontFamily).toContain("Noto Sans CJK SC");
  await expect(page.locator('[data-fact="contextWindow"] span[lang="en"]')).toHaveText(/8,192 tokens/);
  await page.goto("/models/gpt-4");
  expect(await page.locator("body").evaluate((body) => getComputedStyle(body).fontFamily)).not.toContain("PingFang SC");
});
