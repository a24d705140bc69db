import { expect, test } from "@playwright/test";

// When nothing is named like the query, /models says so and labels what it shows instead.

const results = (page: import("@playwright/test").Page) => page.getByTestId("results").getByRole("listitem");

test("a generic word names no entry: the page says so and labels the alternatives", async ({ page }) => {
  await page.goto("/models?q=chinese");
  await expect(page.getByText("No entry is named “chinese”.")).toBeVisible();
  await expect(results(page).first()).toContainText("Topic or task");
});

test("a two-character query finds the entry named by it first, and a name that merely contains it is labelled", async ({ page }) => {
  await page.goto("/models?q=o1");
  await expect(results(page).first().getByRole("link").first()).toHaveText("OpenAI o1");
  await expect(page.getByText(/No entry is named/)).toHaveCount(0);
  const howto = results(page).filter({ has: page.getByRole("link", { name: "HowTo100M", exact: true }) });
  await expect(howto).toContainText("Contains “o1”");
});

test("a name match carries no label", async ({ page }) => {
  await page.goto("/models?q=sora");
  await expect(results(page).first().locator("[data-match-label]")).toHaveCount(0);
});
