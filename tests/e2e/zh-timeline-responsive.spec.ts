import { expect, test } from "@playwright/test";

// The timeline's sticky era bar, Chinese and English, at desktop and (project "phone") at phone
// width. On a phone the links may not all fit: the bar then scrolls sideways, and the era being read
// is scrolled into the bar's view without moving the page.

const PAGES = [
  {
    path: "/zh/timeline",
    nav: "跳转到",
    filters: "按模态筛选事件",
    sections: [["era-unified-multimodal", /^多模态统一/], ["charts", /^图表$/], ["era-single-modality", /^单模态/]],
  },
  {
    path: "/timeline",
    nav: "Jump to",
    filters: "Filter events by modality",
    sections: [["era-unified-multimodal", /^Unified multimodal/], ["charts", /^Charts$/], ["era-single-modality", /^Single-modality/]],
  },
] as const;

for (const { path, nav: navName, filters, sections } of PAGES) {
  test(`${path}: the era being read is in view in the bar, and the page never scrolls sideways`, async ({ page }) => {
    await page.goto(path);
    // Hydrated: the filter controls, which appear with JavaScript, no longer shift the page.
    await expect(page.getByRole("navigation", { name: filters })).toBeVisible();
    // This is about the bar: rows are laid out now rather than as they come near (timeline.css), so
    // the page's height is final and any movement of the page would be the bar's doing.
    await page.addStyleTag({ content: ".timeline-page li[data-event], .timeline-page #charts figure { content-visibility: visible !important }" });
    const nav = page.getByRole("navigation", { name: navName });
    const bar = nav.getByRole("list");
    const inBar = async (name: RegExp) => {
      const link = (await nav.getByRole("link", { name }).boundingBox())!;
      const box = (await bar.boundingBox())!;
      return link.x >= box.x - 1 && link.x + link.width <= box.x + box.width + 1;
    };
    // At phone width the English bar is wider than the screen: what this test is about.
    // It starts scrolled to its beginning, with "Charts" out of its view.
    if (path === "/timeline" && (page.viewportSize()?.width ?? 0) < 640) {
      expect(await bar.evaluate((list) => list.scrollWidth > list.clientWidth)).toBe(true);
      expect(await inBar(/^Charts$/)).toBe(false);
    }

    for (const [id, name] of sections) {
      // Scroll the page by hand, as a reader does, to a point inside the section.
      const target = await page.locator(`#${id}`).evaluate((element) => Math.round(element.getBoundingClientRect().top + window.scrollY + 200));
      await page.evaluate((y) => window.scrollTo(0, y), target);
      await expect(nav.getByRole("link", { name })).toHaveAttribute("aria-current", "location");
      await expect.poll(() => inBar(name)).toBe(true);
      // Only the bar moved: the page is where the reader left it, and not scrolled sideways.
      await page.waitForTimeout(400);
      expect(await page.evaluate(() => Math.round(window.scrollY))).toBe(target);
      expect(await page.evaluate(() => window.scrollX)).toBe(0);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // The bar stays at the top of the screen.
    expect((await nav.boundingBox())!.y).toBeLessThan(2);
  });
}

for (const [path, navName, linkName] of [
  ["/zh/timeline#charts", "跳转到", /^图表$/],
  ["/timeline#charts", "Jump to", /^Charts$/],
] as const) {
  test(`following a link to ${path} puts that section in the bar's view`, async ({ page }) => {
    await page.goto(path);
    const nav = page.getByRole("navigation", { name: navName });
    const link = nav.getByRole("link", { name: linkName });
    await expect(link).toHaveAttribute("aria-current", "location");
    await expect(link).toBeInViewport({ ratio: 1 });
  });
}
