import { expect, test, type Page } from "@playwright/test";

// The compare typeahead follows the WAI-ARIA combobox pattern: focus stays in the text box, the
// arrow keys move through the options, Enter adds the one chosen.

const columnNames = (page: Page) => page.getByRole("table").locator("thead th[scope=col] a");

test.describe("compare typeahead keyboard", () => {
  test('"gpt", ↓↓, Enter adds the second option', async ({ page }) => {
    await page.goto("/compare?models=palm-e");
    const add = page.getByRole("combobox", { name: "Add an entry" });
    await add.fill("gpt");
    const options = page.getByRole("listbox", { name: "Matching entries" }).getByRole("option");
    await expect(add).toHaveAttribute("aria-expanded", "true");
    const second = (await options.nth(1).locator("span.font-medium").innerText()).trim();
    expect(second).not.toBe("");

    await add.press("ArrowDown");
    await add.press("ArrowDown");
    await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
    await expect(add).toHaveAttribute("aria-activedescendant", (await options.nth(1).getAttribute("id")) ?? "missing");
    await expect(add).toBeFocused();
    await add.press("Enter");

    await expect(columnNames(page).last()).toContainText(second);
    await expect(add).toHaveValue("");
    await expect(add).toHaveAttribute("aria-expanded", "false");
  });

  test("↑ wraps to the last option, Home and End jump, Escape closes and clears", async ({ page }) => {
    await page.goto("/compare?models=palm-e");
    const add = page.getByRole("combobox", { name: "Add an entry" });
    await add.fill("gpt");
    const options = page.getByRole("listbox", { name: "Matching entries" }).getByRole("option");
    // The search index loads when the box is focused: the options follow it.
    await expect(add).toHaveAttribute("aria-expanded", "true");
    await expect.poll(() => options.count()).toBeGreaterThan(2);
    const count = await options.count();
    await add.press("ArrowUp");
    await expect(options.nth(count - 1)).toHaveAttribute("aria-selected", "true");
    await add.press("Home");
    await expect(options.nth(0)).toHaveAttribute("aria-selected", "true");
    await add.press("End");
    await expect(options.nth(count - 1)).toHaveAttribute("aria-selected", "true");
    await add.press("Escape");
    await expect(add).toHaveValue("");
    await expect(add).toHaveAttribute("aria-expanded", "false");
    await expect(add).not.toHaveAttribute("aria-activedescendant", /./);
  });
});
