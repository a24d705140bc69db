import { expect, test, type Page } from "@playwright/test";

// The header search, from any page, at desktop and phone width.

const headerBox = (page: Page) => page.getByRole("combobox", { name: "Search", exact: true });

test.describe("header search", () => {
  test('Enter on a name that matches one entry exactly ("sora") opens that entry', async ({ page }) => {
    await page.goto("/timeline");
    await headerBox(page).click();
    await headerBox(page).fill("sora");
    await expect(page.getByRole("listbox", { name: "Suggestions" }).getByRole("option").first()).toContainText("Sora");
    await headerBox(page).press("Enter");
    await expect(page).toHaveURL(/\/models\/sora$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sora");
  });

  test("Enter on any other query lists the results, the query still in the box", async ({ page }) => {
    await page.goto("/models/gpt-4");
    await headerBox(page).click();
    await headerBox(page).fill("video generation");
    await headerBox(page).press("Enter");
    await expect(page).toHaveURL(/\/models\?q=video\+generation$/);
    await expect(page.getByRole("searchbox", { name: /Search models by name/ })).toHaveValue("video generation");
    await expect(page.getByTestId("results").getByRole("link", { name: "Sora", exact: true })).toBeVisible();
  });

  test("suggestions as you type: ↓ and Enter open the chosen entry", async ({ page }) => {
    await page.goto("/");
    const box = headerBox(page);
    await box.click();
    await box.fill("gpt");
    const options = page.getByRole("listbox", { name: "Suggestions" }).getByRole("option");
    await expect(box).toHaveAttribute("aria-expanded", "true");
    await expect(options.nth(1)).toBeVisible();
    const second = (await options.nth(1).locator("span.font-medium").innerText()).trim();
    await box.press("ArrowDown");
    await box.press("ArrowDown");
    await expect(box).toHaveAttribute("aria-activedescendant", (await options.nth(1).getAttribute("id")) ?? "missing");
    await box.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(second);
  });

  test("the search index loads only when the box is focused", async ({ page }) => {
    const requested: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("search-index.json")) requested.push(request.url());
    });
    await page.goto("/models/gpt-4");
    await page.waitForLoadState("networkidle");
    expect(requested).toEqual([]);
    await headerBox(page).focus();
    await expect.poll(() => requested.length).toBe(1);
  });
});
