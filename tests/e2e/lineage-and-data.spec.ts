import { expect, test } from "@playwright/test";

// Family trees, what's new and the data files, as a visitor without JavaScript meets them.
test.use({ javaScriptEnabled: false });

test("lineage filters are links that work without JavaScript", async ({ page }) => {
  await page.goto("/lineage");
  await expect(page.getByRole("heading", { level: 2, name: /Family of GPT/ })).toBeVisible();
  await page.getByRole("navigation", { name: "Filter by modality" }).getByRole("link", { name: "Embodied" }).click();
  await expect(page).toHaveURL(/\/lineage\/filter\/embodied\/descent$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Lineage: Embodied/);
  await expect(page.getByRole("link", { name: "RT-2", exact: true }).first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /Family of Claude/ })).toHaveCount(0);
});

test("an entry page shows its family and links to it, focused on the entry", async ({ page }) => {
  await page.goto("/models/gpt-4");
  const family = page.getByRole("region", { name: "Family" });
  await expect(family.getByRole("link", { name: "GPT-3.5", exact: true }).first()).toBeVisible();
  await expect(family.getByRole("link", { name: "GPT-4o", exact: true }).first()).toBeVisible();
  await family.getByRole("link", { name: /The whole family/ }).click();
  await expect(page).toHaveURL(/\/lineage\/family\/gpt#family-gpt-4$/);
  await expect(page.locator("#family-gpt-4")).toContainText("GPT-4");
});

test("every page advertises the Atom feed, which is served as XML", async ({ page, request }) => {
  await page.goto("/models/gpt-4");
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", "/feed.xml");
  const feed = await request.get("/feed.xml");
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toMatch(/^<\?xml[^>]*\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
});

test("the data page links files that download, the CSV with a byte-order mark", async ({ page, request }) => {
  await page.goto("/data");
  for (const file of ["/catalog.json", "/catalog.csv", "/catalog.schema.json", "/schemas/model.schema.json", "/data/entries/gpt-4.json"]) {
    await expect(page.locator(`a[href="${file}"]`).first()).toBeVisible();
    expect((await request.get(file)).status(), file).toBe(200);
  }
  const csv = await (await request.get("/catalog.csv")).body();
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  await page.goto("/models/gpt-4");
  await expect(page.getByRole("link", { name: "This entry as JSON" })).toHaveAttribute("href", "/data/entries/gpt-4.json");
  await expect(page.getByRole("region", { name: "Cite this" })).toContainText("@misc{aigc-catalog-gpt-4");
});
