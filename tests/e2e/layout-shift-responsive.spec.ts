import { expect, test, type Page } from "@playwright/test";
import { layoutShifts, recordLayoutShifts } from "./layout-shifts";

// Nothing a reader has started to read may move once the page's scripts run: controls that appear
// with JavaScript hold their place, the language notice sits over the foot of the screen, rows laid
// out as they come near are laid out before they are seen. Desktop and (project "phone") phone
// width; the browser's language is the other one than the page's, so the notice shows too.

const PAGES = ["/", "/models", "/models/gpt-4", "/modalities/image", "/timeline", "/compare?models=gpt-4,palm-e", "/compare", "/compare/gpt-4-vs-palm-e", "/lineage", "/lineage/family/gpt", "/organizations", "/organizations/openai", "/about", "/changes"];

async function shiftsDuringLoad(page: Page, path: string) {
  await recordLayoutShifts(page);
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  // The notice and the hydrated controls are up; give the last frames time to lay out.
  await page.waitForTimeout(500);
  return layoutShifts(page);
}

for (const [language, prefix] of [["zh-CN", ""], ["en-US", "/zh"]] as const) {
  test.describe(`a reader whose browser prefers ${language}`, () => {
    test.use({ locale: language });
    for (const path of PAGES) {
      test(`${prefix}${path} does not move while it loads`, async ({ page }) => {
        const target = path === "/" && prefix ? "/zh" : `${prefix}${path}`;
        expect(await shiftsDuringLoad(page, target)).toEqual([]);
      });
    }
  });
}
