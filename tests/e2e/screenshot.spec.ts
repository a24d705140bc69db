import fs from "node:fs";
import { expect, test } from "@playwright/test";

// The README's screenshot comes from here, taken on purpose with `npm run screenshot` (after a
// build), which rewrites docs/screenshot.png. `npm test` skips it: a picture is not a check.
test("the models page renders search results for the README screenshot", async ({ page }, testInfo) => {
  test.skip(!process.env.UPDATE_SCREENSHOTS, "taken only by npm run screenshot");
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/models?q=diffusion&sort=newest");
  await expect(page.getByTestId("results").getByRole("listitem").first()).toBeVisible();
  const target = process.env.UPDATE_SCREENSHOTS ? "docs/screenshot.png" : testInfo.outputPath("screenshot.png");
  await page.screenshot({ path: target });
  expect(fs.statSync(target).size).toBeGreaterThan(20_000);
});
