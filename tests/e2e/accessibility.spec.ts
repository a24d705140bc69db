import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// Every kind of page, at desktop and phone widths (this file runs in both projects).
const ROUTES: { path: string; heading: RegExp; status?: number }[] = [
  { path: "/", heading: /AIGC Catalog/ },
  { path: "/models", heading: /Models/ },
  { path: "/models?q=gpt&modality=text", heading: /Models/ },
  { path: "/models/gpt-4", heading: /GPT-4/ },
  { path: "/modalities/image", heading: /Image/ },
  { path: "/modalities", heading: /Modalities/ },
  { path: "/timeline", heading: /Timeline|History/i },
  { path: "/compare?models=gpt-4,palm-e", heading: /Compare/ },
  { path: "/compare", heading: /Compare/ },
  { path: "/about", heading: /About/ },
  { path: "/lineage", heading: /Lineage/ },
  { path: "/lineage/filter/image/based-on", heading: /Lineage: Image/ },
  { path: "/lineage/family/gpt", heading: /Family of GPT/ },
  { path: "/data", heading: /Data/ },
  { path: "/changes", heading: /Changes/ },
  { path: "/models/does-not-exist", heading: /Page not found/, status: 404 },
  // The Chinese site: every kind of page again, with its Chinese heading.
  { path: "/zh", heading: /AIGC 目录/ },
  { path: "/zh/models", heading: /模型/ },
  { path: "/zh/models?q=文心&out=text", heading: /模型/ },
  { path: "/zh/models/gpt-4", heading: /GPT-4/ },
  { path: "/zh/models/ernie-bot", heading: /文心一言/ },
  { path: "/zh/modalities/image", heading: /图像/ },
  { path: "/zh/modalities", heading: /模态/ },
  { path: "/zh/timeline", heading: /时间线|历史/ },
  { path: "/zh/compare?models=gpt-4,palm-e", heading: /对比/ },
  { path: "/zh/compare", heading: /对比/ },
  { path: "/zh/about", heading: /关于/ },
  { path: "/zh/lineage", heading: /谱系/ },
  { path: "/zh/lineage/family/gpt", heading: /GPT/ },
  { path: "/zh/data", heading: /数据/ },
  { path: "/zh/changes", heading: /更新|变更/ },
  { path: "/zh/organizations", heading: /机构/ },
  { path: "/zh/organizations/baidu", heading: /百度/ },
  { path: "/zh/models/does-not-exist", heading: /页面不存在/, status: 404 },
];

// Light and dark: the colours differ, so contrast is checked in both.
for (const [route, scheme] of ROUTES.flatMap((route) => (["light", "dark"] as const).map((scheme) => [route, scheme] as const))) {
  test(`${route.path} (${scheme}): no serious accessibility violations, no console errors`, async ({ page }) => {
    // The timeline is the largest page: axe took 13–35 s on it depending on the machine's load.
    test.slow(route.path.endsWith("/timeline"));
    await page.emulateMedia({ colorScheme: scheme });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      // The 404 page's own document answers 404 on purpose; Chromium logs that as a resource error.
      if (message.type() === "error" && !(route.status === 404 && /status of 404/.test(message.text()))) {
        errors.push(message.text());
      }
    });
    const response = await page.goto(route.path);
    expect(response?.status()).toBe(route.status ?? 200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(route.heading);
    await expect(page.locator("html")).toHaveAttribute("lang", route.path.startsWith("/zh") ? "zh-Hans" : "en");
    await page.waitForLoadState("networkidle");

    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join("; ")})`);
    expect(serious).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/models/gpt-4");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await skip.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
