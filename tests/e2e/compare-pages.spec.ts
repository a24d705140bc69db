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

test("/compare?models= shows its table without the search index, which loads when the reader comes to add", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto("/compare?models=gpt-4,palm-e");
  await expect(page.getByRole("columnheader", { name: /PaLM-E/ })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(fetched).toContain("/entry-names.json");
  expect(fetched).not.toContain("/search-index.json");
  const box = page.getByRole("combobox", { name: "Add an entry" });
  await box.focus();
  await expect.poll(() => fetched.includes("/search-index.json")).toBe(true);
  // Typed and entered at once: the best match is added when the index arrives.
  await box.fill("sora");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/compare\?models=gpt-4,palm-e,sora$/);
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
