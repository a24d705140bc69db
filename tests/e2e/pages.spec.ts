import { expect, test } from "@playwright/test";

test("home page shows the catalog and its navigation", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/AIGC Catalog/);
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const label of ["Models", "Modalities", "Timeline", "Compare"]) {
    await expect(nav.getByRole("link", { name: label })).toBeVisible();
  }
  await expect(page.getByRole("table")).toContainText("Input");
});

test("entry page shows facts, prose and sources", async ({ page }) => {
  await page.goto("/models/gpt-4");
  await expect(page.getByRole("heading", { level: 1, name: "GPT-4" })).toBeVisible();
  await expect(page).toHaveTitle("GPT-4 · AIGC Catalog");
  await expect(page.locator("dl")).toContainText("OpenAI");
  await expect(page.locator("dl")).toContainText("Undisclosed");
  const sources = page.getByRole("region", { name: "Sources" });
  await expect(sources.getByRole("link", { name: /GPT-4 Technical Report/ })).toHaveAttribute("href", /^https:\/\//);
});

test("PaLM-E shows its published parameter count", async ({ page }) => {
  await page.goto("/models/palm-e");
  await expect(page.locator("dl")).toContainText("562B");
});

test("modality page lists the entries that generate it first, then those that only take it in", async ({ page }) => {
  await page.goto("/modalities/video");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Video");
  const generates = page.getByRole("region", { name: /^Generates video/ });
  const understands = page.getByRole("region", { name: /^Takes video in/ });
  await expect(generates.getByRole("link", { name: "Sora", exact: true })).toBeVisible();
  await expect(generates.getByRole("link", { name: "Flamingo", exact: true })).toHaveCount(0);
  await expect(understands.getByRole("link", { name: "Flamingo", exact: true })).toBeVisible();
  await expect(generates.getByRole("link", { name: /generates video, in the model list/ })).toHaveAttribute("href", "/models?out=video");
  await expect(understands.getByRole("link", { name: /takes video in, in the model list/ })).toHaveAttribute("href", "/models?in=video");
});

test("unknown entry answers 404 with the site's 404 page", async ({ page }) => {
  const response = await page.goto("/models/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});

test("data export and its schema are served as JSON", async ({ request }) => {
  const data = await (await request.get("/catalog.json")).json();
  const gpt4 = data.models.find((model: { slug: string }) => model.slug === "gpt-4");
  expect(gpt4).toMatchObject({ name: "GPT-4", parameters: null, modalities: { input: ["text", "image"], output: ["text"] } });
  expect(data.modalities.map((m: { slug: string }) => m.slug)).toContain("embodied");
  expect(data.eras).toHaveLength(3);
  const schema = await (await request.get("/catalog.schema.json")).json();
  expect(schema.properties.models.type).toBe("array");
});

test("npm start sends pages gzipped, with security headers and long caching for hashed assets", async ({ request }) => {
  const page = await request.get("/models/gpt-4", { headers: { "Accept-Encoding": "gzip" } });
  expect(page.headers()["content-encoding"]).toBe("gzip");
  expect(page.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(page.headers()["x-content-type-options"]).toBe("nosniff");
  const html = await page.text();
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self' 'sha256-/);
  const script = html.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  expect(script).toBeDefined();
  const asset = await request.get(script!);
  expect(asset.headers()["cache-control"]).toContain("immutable");
});
