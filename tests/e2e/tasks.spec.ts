import { expect, test } from "@playwright/test";

// Task names people search for, derived from what an entry takes in and puts out.

test("an entry page names its tasks", async ({ page }) => {
  await page.goto("/models/whisper");
  await expect(page.locator('dd[data-fact="tasks"]')).toHaveText(/Speech-to-text/);
  await page.goto("/models/llava");
  await expect(page.locator('dd[data-fact="tasks"]')).toHaveText(/Image-text-to-text \(vision-language\)/);
  await page.goto("/models/openvla");
  await expect(page.locator('dd[data-fact="tasks"]')).toHaveText(/Vision-language-action/);
});

test("list rows name each entry's tasks", async ({ page }) => {
  await page.goto("/models");
  const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Sora", exact: true }) });
  await expect(row).toContainText("Text-to-video");
  await expect(row).toContainText("Image-to-video");
});

test("searching for a task finds the entries that perform it", async ({ page }) => {
  await page.goto("/models?q=tts");
  const results = page.getByTestId("results");
  await expect(results.getByRole("link", { name: "WaveNet", exact: true })).toBeVisible();
  await page.goto("/models?q=text-to-image");
  await expect(results.getByRole("link", { name: "Stable Diffusion", exact: true })).toBeVisible();
  await expect(results.getByRole("link", { name: "Imagen", exact: true })).toBeVisible();
});
