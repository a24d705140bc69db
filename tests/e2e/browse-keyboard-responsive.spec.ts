import { expect, test } from "@playwright/test";

// What first-time users tripped on: reaching the search box by keyboard, long facet groups, and
// filters that sat below every result on a phone.

test("after the skip link, the next Tab lands in the search box", async ({ page }) => {
  await page.goto("/models");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: /Skip to/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("searchbox", { name: /Search models/ })).toBeFocused();
});

test("a long facet group shows a few options and the rest behind Show all, with a filter box", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "the same component; the phone layout is tested below");
  await page.goto("/models");
  const organizations = page.getByRole("group", { name: "Organization" });
  await expect(organizations.getByRole("checkbox")).toHaveCount(8);
  await organizations.getByRole("button", { name: /^Show all \d+$/ }).click();
  expect(await organizations.getByRole("checkbox").count()).toBeGreaterThan(50);
  await organizations.getByRole("searchbox").fill("anthropic");
  await expect(organizations.getByRole("checkbox")).toHaveCount(1);
  await organizations.getByRole("checkbox", { name: /Anthropic/ }).check();
  await expect(page).toHaveURL(/org=Anthropic/);
});

test("on a phone the filters open from a button at the top that counts the active ones", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "phone layout");
  await page.goto("/models?kind=product");
  const button = page.getByRole("button", { name: "Filters (1 active)" });
  await expect(button).toBeVisible();
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("complementary", { name: "Filters" })).toBeHidden();
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  const filters = page.getByRole("complementary", { name: "Filters" });
  await expect(filters.getByRole("checkbox", { name: /^Product/ })).toBeChecked();
  const box = await filters.boundingBox();
  expect(box?.y ?? Infinity).toBeLessThan(900);
});
