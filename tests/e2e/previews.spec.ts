import { expect, test, type Page } from "@playwright/test";

// Link previews and structured data as a crawler reads them from the exported HTML.
const meta = (page: Page, key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute("content");

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text));
}

test("an entry's link preview names it, its makers, its month and its media, with its own image", async ({ page, request }) => {
  await page.goto("/models/gpt-4");
  expect(await meta(page, "og:description")).toMatch(/^GPT-4 — OpenAI, March 2023: text and images in, text out\./);
  expect(await meta(page, "og:title")).toBe("GPT-4 · AIGC Catalog");
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(await meta(page, "og:url")).toBe(canonical);
  expect(await meta(page, "twitter:card")).toBe("summary_large_image");
  const image = await meta(page, "og:image");
  expect(image).toMatch(/\/share\/models\/gpt-4\.png$/);
  const response = await request.get(new URL(image!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect((await response.body()).length).toBeLessThan(60 * 1024);
});

test("an entry page carries its JSON-LD: name, maker, date, URL and paper", async ({ page }) => {
  await page.goto("/models/gpt-4");
  const [data] = await jsonLd(page);
  expect(data).toMatchObject({
    "@context": "https://schema.org",
    "@type": "SoftwareApplication",
    name: "GPT-4",
    author: [{ "@type": "Organization", name: "OpenAI" }],
    datePublished: "2023-03-14",
    sameAs: ["https://arxiv.org/abs/2303.08774"],
  });
  expect(data.url).toBe(await page.locator('link[rel="canonical"]').getAttribute("href"));
});

test("the About page describes /catalog.json as a Dataset", async ({ page, request }) => {
  await page.goto("/about");
  const dataset = (await jsonLd(page)).find((data) => data["@type"] === "Dataset");
  expect(dataset).toMatchObject({ license: "https://creativecommons.org/licenses/by/4.0/" });
  const download = JSON.stringify(dataset?.distribution);
  expect(download).toContain("/catalog.json");
  expect((await request.get("/catalog.json")).status()).toBe(200);
});

for (const path of ["/", "/models", "/modalities/image", "/timeline", "/compare", "/about", "/organizations/openai"]) {
  test(`${path} has a complete link preview`, async ({ page }) => {
    await page.goto(path);
    for (const key of ["og:title", "og:description", "og:url", "og:image", "twitter:card", "twitter:image"]) {
      expect(await meta(page, key), key).toBeTruthy();
    }
    expect(new URL((await meta(page, "og:url"))!).pathname).toBe(path);
  });
}
