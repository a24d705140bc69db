import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// Runs at desktop and at phone width (the file name ends in responsive.spec.ts).

let consoleErrors: string[] = [];

test.beforeEach(({ page }) => {
  consoleErrors = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const { url } = message.location();
    consoleErrors.push(`${message.text()} ${url ?? ""}`.trim());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
});

test.afterEach(() => {
  expect(consoleErrors).toEqual([]);
});

const table = (page: Page) => page.getByRole("table");
const columnNames = (page: Page) => table(page).locator("thead th[scope=col] a");
const row = (page: Page, label: string) => table(page).locator("tbody tr").filter({ has: page.locator(`th[scope=row]`, { hasText: label }) });
const query = (page: Page) => new URL(page.url()).search;

// Scoped to <main>: the shared footer's inline "About" link (no underline) is reported to the lead.
async function expectNoSeriousAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).include("main").analyze();
  const serious = violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

test("two entries side by side: names link to their pages, parameters formatted, differences marked", async ({ page }) => {
  await page.goto("/compare?models=gpt-4,palm-e");
  await expect(page).toHaveTitle("GPT-4 vs PaLM-E · Compare · AIGC Catalog");
  await expect(columnNames(page)).toHaveText(["GPT-4", "PaLM-E"]);
  await expect(columnNames(page).first()).toHaveAttribute("href", "/models/gpt-4");

  const parameters = row(page, "Parameters");
  await expect(parameters.getByRole("cell")).toHaveText([/^Undisclosed/, /^562B/]);
  await expect(parameters.locator("th[scope=row]")).toContainText("Differs");
  await expect(parameters.locator("th[scope=row]")).toContainText("(values differ)");
  await expect(row(page, "Kind").locator("th[scope=row]")).not.toContainText("Differs");

  const labels = await table(page).locator("tbody th[scope=row]").allTextContents();
  expect(labels.map((label) => label.replace(/≠ Differs.*$/, "").trim())).toEqual([
    "Kind", "Organizations", "Release date", "Era", "Input modalities", "Output modalities", "Architecture",
    "Parameters", "Open weights", "Licence", "Context window", "Training compute", "Relations", "Summary", "Sources",
  ]);
  // Every cell says something: a value, "Undisclosed" or a dash, never nothing.
  for (const text of await table(page).locator("tbody td").allTextContents()) expect(text.trim()).not.toBe("");
  await expect(row(page, "Sources").getByRole("link").first()).toHaveAttribute("href", /^https?:\/\//);

  await expectNoSeriousAxeViolations(page);
});

test("adding, moving and removing entries keeps the URL in step", async ({ page }) => {
  await page.goto("/compare?models=gpt-4,palm-e");
  await expect(columnNames(page)).toHaveCount(2);

  const add = page.getByRole("combobox", { name: "Add an entry" });
  await add.fill("imagen");
  await page.getByRole("option", { name: /^Add Imagen ·/ }).click();
  await expect(columnNames(page)).toHaveText(["GPT-4", "PaLM-E", "Imagen"]);
  expect(query(page)).toBe("?models=gpt-4,palm-e,imagen");
  await expect(add).toBeFocused();

  // Enter takes the best match; the same matching as /models forgives "dalle 2".
  await add.fill("dalle 2");
  await add.press("Enter");
  await expect(columnNames(page)).toHaveText(["GPT-4", "PaLM-E", "Imagen", "DALL·E 2"]);
  await expect(add).toBeDisabled();
  await expect(page.getByText("Compare holds 4 entries; remove one to add another.")).toBeVisible();

  await page.getByRole("button", { name: "Move Imagen left" }).click();
  await expect(columnNames(page)).toHaveText(["GPT-4", "Imagen", "PaLM-E", "DALL·E 2"]);
  expect(query(page)).toBe("?models=gpt-4,imagen,palm-e,dall-e-2");
  await expect(page.getByRole("button", { name: "Move Imagen left" })).toBeFocused();

  await page.getByRole("button", { name: "Move GPT-4 right" }).click();
  expect(query(page)).toBe("?models=imagen,gpt-4,palm-e,dall-e-2");

  await page.getByRole("button", { name: "Remove GPT-4" }).click();
  await expect(columnNames(page)).toHaveText(["Imagen", "PaLM-E", "DALL·E 2"]);
  expect(query(page)).toBe("?models=imagen,palm-e,dall-e-2");
  // Keyboard users keep their place: focus moves to the neighbouring column's Remove button.
  await expect(page.getByRole("button", { name: "Remove PaLM-E" })).toBeFocused();
  await expect(add).toBeEnabled();

  // The URL is the whole state: reloading shows the same table.
  await page.reload();
  await expect(columnNames(page)).toHaveText(["Imagen", "PaLM-E", "DALL·E 2"]);
});

test("show differences only hides equal rows and is kept in the URL", async ({ page }) => {
  await page.goto("/compare?models=gpt-4,palm-e");
  await expect(row(page, "Kind")).toBeVisible();
  const toggle = page.getByRole("checkbox", { name: "Show differences only" });
  await toggle.check();
  await expect(row(page, "Kind")).toHaveCount(0);
  await expect(row(page, "Architecture")).toHaveCount(0);
  await expect(row(page, "Parameters")).toBeVisible();
  expect(query(page)).toBe("?models=gpt-4,palm-e&diff=1");

  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Show differences only" })).toBeChecked();
  await expect(row(page, "Parameters")).toBeVisible();
  await expect(row(page, "Kind")).toHaveCount(0);

  await page.getByRole("checkbox", { name: "Show differences only" }).uncheck();
  await expect(row(page, "Kind")).toBeVisible();
  expect(query(page)).toBe("?models=gpt-4,palm-e");
});

test("a bad link names the unknown entry, collapses the duplicate and asks for another entry", async ({ page }) => {
  await page.goto("/compare?models=gpt-4,nope,gpt-4");
  const notices = page.getByRole("status").filter({ hasText: "left out" });
  await expect(notices).toContainText("No entry in the catalog is called “nope”, so it was left out.");
  await expect(notices).toContainText("GPT-4 was listed more than once and appears once.");
  await expect(columnNames(page)).toHaveText(["GPT-4"]);
  await expect(page.getByText("Add another entry to compare GPT-4 with it.")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test("Add to compare on entry pages builds one selection, then Compare now opens it", async ({ page }) => {
  await page.goto("/models/gemini");
  await page.getByRole("link", { name: "Add to compare" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 selected" })).toBeVisible();
  await page.goto("/models/claude");
  await page.getByRole("link", { name: "Add to compare" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 selected" })).toBeVisible();
  await page.getByRole("link", { name: "Compare now" }).click();
  await expect(columnNames(page)).toHaveText(["Gemini", "Claude"]);
});

test("a comparison of one entry asks for another", async ({ page }) => {
  await page.goto("/compare?models=palm-e");
  await expect(columnNames(page)).toHaveText(["PaLM-E"]);
  await expect(page.getByText("Add another entry to compare PaLM-E with it.")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Show differences only" })).toHaveCount(0);
});

test("five entries: the first four are kept, with a notice", async ({ page }) => {
  await page.goto("/compare?models=GPT-4;palm-e+imagen%20sora,dall-e-2,");
  await expect(columnNames(page)).toHaveText(["GPT-4", "PaLM-E", "Imagen", "Sora"]);
  await expect(page.getByRole("status").filter({ hasText: "up to 4" })).toHaveText(
    /Compare shows up to 4 entries at a time, so DALL·E 2 was left out\./,
  );
});

test("no entries: an explanation and suggested comparisons that work", async ({ page }) => {
  await page.goto("/compare");
  await expect(page.getByText("Compare puts 2 to 4 entries side by side")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  const suggestions = page.getByRole("region", { name: "Try a comparison" });
  await expect(suggestions.getByRole("link", { name: "GPT-4 with PaLM-E" })).toHaveAttribute("href", "/compare?models=gpt-4,palm-e");
  await expect(suggestions.getByRole("link", { name: "Stable Diffusion with DALL·E 2 and Imagen" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await suggestions.getByRole("link", { name: "GPT-4 with PaLM-E" }).click();
  await expect(columnNames(page)).toHaveText(["GPT-4", "PaLM-E"]);
});

test("hostile input is shown as text, never as markup", async ({ page }) => {
  const hostile = [
    "<img src=x onerror=window.__injected=1>",
    "<script>window.__injected=1</script>",
    "x".repeat(2000),
    "\u202Egpt-4\u200B",
    "👾🧨",
    "palm-e",
  ].join(",");
  await page.goto(`/compare?models=${encodeURIComponent(hostile)}`);
  await expect(columnNames(page)).toHaveText(["GPT-4", "PaLM-E"]);
  await expect(page.getByRole("status").filter({ hasText: "left out" })).toContainText("“<img”");
  expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // The 2,000-character word is shortened and does not widen the page.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("row headers stay in place while the columns scroll sideways", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/compare?models=gpt-4,palm-e,imagen,sora");
  await expect(columnNames(page)).toHaveCount(4);
  const scroller = page.locator("div:has(> table)");
  const header = row(page, "Parameters").locator("th[scope=row]");
  await header.scrollIntoViewIfNeeded();
  const before = await header.boundingBox();
  const scrolled = await scroller.evaluate((element) => {
    element.scrollLeft = 400;
    return element.scrollLeft;
  });
  expect(scrolled).toBeGreaterThan(100);
  const after = await header.boundingBox();
  // Within a pixel: the header is pinned 1px under the scroller's edge to hide a hairline gap.
  expect(Math.abs(after!.x - before!.x)).toBeLessThanOrEqual(1);
  // The header covers the cells passing beneath it rather than letting them show through.
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest("th")?.textContent, {
    x: after!.x + 8,
    y: after!.y + 8,
  });
  expect(hit).toContain("Parameters");
  const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(pageOverflow).toBeLessThanOrEqual(0);
});

test("Copy link copies the comparison's URL and says so", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto("/compare?models=gpt-4,palm-e");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/compare?models=gpt-4,palm-e`);
});

test("without a clipboard, Copy link shows the URL selected in a read-only field", async ({ page, baseURL }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
  await page.goto("/compare?models=GPT4,palm-e");
  await page.getByRole("button", { name: "Copy link" }).click();
  const field = page.getByRole("textbox", { name: "Link to this comparison" });
  await expect(field).toHaveValue(`${baseURL}/compare?models=gpt-4,palm-e`);
  await expect(field).toHaveAttribute("readonly", "");
  await expect(field).toBeFocused();
  expect(await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd === input.value.length])).toEqual([0, true]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page explains itself and offers the suggested comparisons", async ({ page }) => {
    await page.goto("/compare?models=gpt-4,palm-e");
    await expect(page.getByRole("heading", { level: 1, name: "Compare" })).toBeVisible();
    // Playwright's text and role locators skip <noscript>, so these use CSS and the rendered text.
    const fallback = page.locator("main noscript");
    expect(await fallback.innerText()).toContain("The table is built in your browser and needs JavaScript.");
    const suggestion = fallback.locator('a[href="/compare/gpt-4-vs-palm-e"]');
    await expect(suggestion).toBeVisible();
    await expect(suggestion).toHaveText("GPT-4 with PaLM-E");
    await expect(fallback.locator('a[href="/models/palm-e"]')).toHaveText("PaLM-E");
  });
});
