import fs from "node:fs";
import { expect, test } from "@playwright/test";

// The README's screenshot comes from here: `UPDATE_SCREENSHOTS=1 npm run test:e2e -- screenshot`
// rewrites docs/screenshot.png; a normal run writes to test-results/ and leaves docs/ alone.
test("the models page renders search results for the README screenshot", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/models?q=diffusion&sort=newest");
  await expect(page.getByTestId("results").getByRole("listitem").first()).toBeVisible();
  const target = process.env.UPDATE_SCREENSHOTS ? "docs/screenshot.png" : testInfo.outputPath("screenshot.png");
  await page.screenshot({ path: target });
  expect(fs.statSync(target).size).toBeGreaterThan(20_000);
});
