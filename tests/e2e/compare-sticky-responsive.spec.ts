import { expect, test, type Page } from "@playwright/test";

// Compare on a phone: the entries' names stay in view while reading down the rows, and the row
// headers while scrolling across the columns. Run at 412 px in both projects.
test.use({ viewport: { width: 412, height: 915 } });

const table = (page: Page) => page.getByRole("table");
const scroller = (page: Page) => page.locator("[data-compare-scroller]");
const nameHeader = (page: Page, name: string) => table(page).locator("thead th[scope=col]").filter({ hasText: name });
const rowHeader = (page: Page, label: string) => table(page).locator("tbody th[scope=row]").filter({ hasText: label });

test("the names stay visible while scrolling down to the last row", async ({ page }) => {
  await page.goto("/compare?models=gpt-4,palm-e,imagen,sora");
  await expect(nameHeader(page, "GPT-4")).toBeVisible();
  await rowHeader(page, "Sources").scrollIntoViewIfNeeded();
  await expect(rowHeader(page, "Sources")).toBeInViewport();
  await expect(nameHeader(page, "GPT-4")).toBeInViewport();
  // Pinned to the top of the table's box, not merely left on screen by a short table.
  const box = await scroller(page).boundingBox();
  const header = await nameHeader(page, "GPT-4").boundingBox();
  expect(box && header && Math.abs(header.y - box.y)).toBeLessThanOrEqual(2);
  expect(await scroller(page).evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
});

test("the row headers stay visible while scrolling across", async ({ page }) => {
  await page.goto("/compare?models=gpt-4,palm-e,imagen,sora");
  await expect(nameHeader(page, "Sora")).toBeVisible();
  await scroller(page).evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
  await expect(nameHeader(page, "Sora")).toBeInViewport();
  const box = await scroller(page).boundingBox();
  const label = await rowHeader(page, "Parameters").boundingBox();
  expect(box && label && Math.abs(label.x - box.x)).toBeLessThanOrEqual(2);
  // The corner cell stays above both the names and the row headers.
  const corner = await table(page).locator("thead th").first().boundingBox();
  expect(box && corner && Math.abs(corner.x - box.x)).toBeLessThanOrEqual(2);
});
