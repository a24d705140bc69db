import { expect, test } from "@playwright/test";

// A classifier's output is a category from a fixed list, not generated text: AlexNet and ImageNet
// output "Label", so the counts and charts of text generators leave them out.

test("the timeline's charts count AlexNet and ImageNet as labels, not text, and say they count this catalog", async ({ page }) => {
  await page.goto("/timeline");
  const releases = page.locator("#charts figure").first();
  await expect(releases.locator("figcaption")).toContainText("Entries in this catalog per year");
  await expect(releases.locator("figcaption")).toContainText("recent years are still being filled in");
  await releases.getByText("Show the data as a table").click();
  const table = releases.getByRole("table");
  const headers = await table.locator("thead th").allTextContents();
  const row2012 = await table.locator("tbody tr", { has: page.locator("th", { hasText: /^2012$/ }) }).locator("th, td").allTextContents();
  const cell = (column: string) => row2012[headers.indexOf(column)];
  expect(cell("Text")).toBe("0");
  expect(cell("Label")).toBe("1");
  await expect(page.locator("#entry-alexnet")).toContainText("output: Label");
});

test("the text page's generators leave out the classifiers, which have a Label page of their own", async ({ page }) => {
  await page.goto("/modalities/text");
  const generates = page.locator("section", { has: page.locator("#generates-heading") });
  await expect(generates.getByRole("link", { name: "AlexNet", exact: true })).toHaveCount(0);
  await expect(generates.getByRole("link", { name: "ImageNet", exact: true })).toHaveCount(0);
  await expect(generates.getByRole("link", { name: "GPT-3", exact: true })).toHaveCount(1);

  await page.goto("/modalities/label");
  await expect(page.getByRole("heading", { level: 1, name: "Label" })).toBeVisible();
  const labels = page.locator("section", { has: page.locator("#generates-heading") });
  await expect(labels.getByRole("link", { name: "AlexNet", exact: true })).toHaveCount(1);
  await expect(labels.getByRole("link", { name: "ImageNet", exact: true })).toHaveCount(1);
});

test("the home matrix has a Label column and no empty Label row", async ({ page }) => {
  await page.goto("/");
  const matrix = page.getByRole("table", { name: /Entries by input/ });
  await expect(matrix.getByRole("columnheader", { name: "Label" })).toHaveCount(1);
  await expect(matrix.getByRole("rowheader", { name: "Label" })).toHaveCount(0);
  await expect(matrix.getByRole("link", { name: /^\d+ Image to Label entries$/ })).toHaveAttribute("href", "/models?in=image&out=label");
});
