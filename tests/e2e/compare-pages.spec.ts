import { expect, test } from "@playwright/test";

test("/compare names the compared entries in the tab", async ({ page }) => {
  await page.goto("/compare?models=gpt-4,palm-e");
  await expect(page).toHaveTitle("GPT-4 vs PaLM-E · Compare · AIGC Catalog");
  await page.getByRole("button", { name: "Remove PaLM-E" }).click();
  await expect(page).toHaveTitle("GPT-4 · Compare · AIGC Catalog");
});

test("a suggested comparison has a static page with its title, preview and table in the HTML", async ({ page, request }) => {
  // The HTML as a crawler or a link preview fetches it, before any script runs.
  const html = await (await request.get("/compare/gpt-4-vs-palm-e")).text();
  expect(html).toContain("<title>GPT-4 vs PaLM-E · Compare · AIGC Catalog</title>");
  expect(html).toMatch(/<meta property="og:image" content="[^"]*\/share\/compare\/gpt-4-vs-palm-e\.png"/);
  expect(html).toMatch(/<table[^>]*>.*Parameters.*562B/s);

  await page.goto("/compare/gpt-4-vs-palm-e");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("GPT-4 vs PaLM-E");
  await expect(page.getByRole("columnheader", { name: "PaLM-E" })).toBeVisible();
  await page.getByRole("link", { name: "Rearrange, add entries or show only the differences" }).click();
  await expect(page).toHaveURL(/\/compare\?models=gpt-4,palm-e$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the suggestions on /compare lead to the static comparison pages", async ({ page }) => {
    await page.goto("/compare");
    await page.getByRole("link", { name: "GPT-4 with PaLM-E" }).click();
    await expect(page).toHaveURL(/\/compare\/gpt-4-vs-palm-e$/);
    await expect(page.getByRole("table")).toContainText("562B");
  });
});
