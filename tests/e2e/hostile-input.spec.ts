import { expect, test, type Page } from "@playwright/test";

// Long, marked-up and odd-Unicode parameters must leave every page working, with nothing injected.
const MARKUP = `"><img id="injected" src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
const LONG = "a".repeat(2000);
const ODD = "\u202e\u0000\ud83d\ude00\u200b\ufeff\u0301 GPT\u20134 \u{1F9E0}";
const VALUES = { markup: MARKUP, long: LONG, unicode: ODD };

async function guard(page: Page) {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}

async function expectClean(page: Page, problems: string[]) {
  await page.waitForLoadState("networkidle");
  await expect(page.locator("#injected")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(problems).toEqual([]);
}

for (const [label, value] of Object.entries(VALUES)) {
  const q = encodeURIComponent(value);
  const urls = [
    `/models?q=${q}`,
    `/models?modality=${q}&kind=${q}&org=${q}&from=${q}&sort=${q}`,
    `/compare?models=${q}`,
    `/compare?models=gpt-4,${q}`,
    `/timeline?modality=${q}`,
    `/models/${q}`,
  ];
  for (const url of urls) {
    test(`${label} parameter: ${url.slice(0, 48)}…`, async ({ page }) => {
      const problems = await guard(page);
      const response = await page.goto(url);
      expect(response?.status()).toBeLessThan(500);
      await expectClean(page, problems);
    });
  }
}

test("markup typed into the search box is shown as text", async ({ page }) => {
  const problems = await guard(page);
  await page.goto("/models");
  await page.getByRole("searchbox", { name: /Search models by name/ }).fill(MARKUP);
  await expect(page.getByText(/No entries match|No entry is named/)).toContainText('<img id="injected"');
  await expectClean(page, problems);
});
