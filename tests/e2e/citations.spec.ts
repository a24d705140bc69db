import { expect, test } from "@playwright/test";

// Every fact shows its source: the fact box and the compare table link each sourced value to the
// source that states it, and prose citations link to the numbered source list and back.

test("an entry's release date and parameter count link to the sources that state them", async ({ page }) => {
  await page.goto("/models/deepseek-v3");
  for (const fact of ["released", "parameters"]) {
    const citation = page.locator(`[data-fact="${fact}"] sup a`);
    await expect(citation, fact).toHaveAttribute("href", /^#source-/);
    const target = (await citation.getAttribute("href"))!.slice(1);
    await expect(page.locator(`[id="${target}"]`)).toHaveCount(1);
  }
  await expect(page.locator('[data-fact="parameters"]')).toContainText("671B total, 37B active");
});

test("prose citations jump to the numbered source and the source links back", async ({ page }) => {
  await page.goto("/models/gpt-4");
  const first = page.locator(".prose-body sup a").first();
  await expect(first).toHaveText(/^\[\d+\]$/);
  await first.click();
  await expect(page).toHaveURL(/#source-/);
  const source = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
  await expect(source.getByRole("link", { name: /Back to citation 1/ })).toHaveAttribute("href", /^#cite-/);
  await expect(page.getByText(/Facts checked against these sources on/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Report an error" })).toBeVisible();
});

test("compare cells carry the citation of each sourced value", async ({ page }) => {
  await page.goto("/compare?models=gpt-4,palm-e");
  const row = page.getByRole("row", { name: /Parameters/ });
  await expect(row).toContainText("562B");
  await expect(row.getByRole("link", { name: /^Source:/ }).first()).toHaveAttribute("href", /^https?:\/\//);
  const released = page.getByRole("row", { name: /Release date/ });
  await expect(released.getByRole("link", { name: /^Source:/ })).toHaveCount(2);
});

test("an entry whose date no source confirms is named on the timeline instead of placed", async ({ page }) => {
  await page.goto("/timeline");
  await expect(page.locator("[data-undated]")).toContainText("GliaCloud");
  await expect(page.locator("#entry-gliacloud")).toHaveCount(0);
});

test("organization pages list their entries and their country", async ({ page }) => {
  await page.goto("/models/gpt-4");
  await page.locator('[data-fact="organizations"]').getByRole("link", { name: "OpenAI" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("OpenAI");
  await expect(page.getByRole("link", { name: "United States" })).toHaveAttribute("href", "/models?country=US");
  await expect(page.getByRole("link", { name: "GPT-4", exact: true })).toBeVisible();
});
