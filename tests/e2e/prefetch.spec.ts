import { expect, test, type Page, type Request } from "@playwright/test";

// Routes are prefetched on intent (hover, focus, touch), never just because their links are on screen.
const isRoutePrefetch = (request: Request) => request.url().includes("_rsc=");

async function loadQuietly(page: Page, path: string): Promise<string[]> {
  const prefetches: string[] = [];
  page.on("request", (request) => {
    if (isRoutePrefetch(request)) prefetches.push(new URL(request.url()).pathname);
  });
  await page.goto(path, { waitUntil: "networkidle" });
  await page.waitForTimeout(1500);
  return prefetches;
}

test("an entry page fetches no other route while it loads", async ({ page }) => {
  expect(await loadQuietly(page, "/models/gpt-4")).toEqual([]);
});

test("hovering a header link prefetches its route, and the click navigates without a page load", async ({ page }) => {
  await loadQuietly(page, "/models/gpt-4");
  const prefetched = page.waitForRequest((request) => isRoutePrefetch(request) && new URL(request.url()).pathname.startsWith("/timeline/"));
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Timeline" }).hover();
  await prefetched;

  const documents: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "document") documents.push(request.url());
  });
  await nav.getByRole("link", { name: "Timeline" }).click();
  await expect(page).toHaveURL(/\/timeline$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("imeline");
  expect(documents).toEqual([]);
});

test("focusing a link by keyboard prefetches its route", async ({ page }) => {
  await loadQuietly(page, "/models/gpt-4");
  const prefetched = page.waitForRequest((request) => isRoutePrefetch(request) && new URL(request.url()).pathname.startsWith("/about/"));
  await page.getByRole("contentinfo").getByRole("link", { name: "About and corrections" }).focus();
  await prefetched;
});
