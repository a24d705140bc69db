import { expect, test, type Page } from "@playwright/test";

const results = (page: Page) => page.getByTestId("results").getByRole("listitem");
const firstResult = (page: Page) => results(page).first().getByRole("link").first();
const searchBox = (page: Page) => page.getByRole("searchbox", { name: /Search models by name/ });

const EXAMPLES: [string, string][] = [
  ["gpt4", "GPT-4"],
  ["GPT 4", "GPT-4"],
  ["palm e", "PaLM-E"],
  ["dalle", "DALL·E"],
  ["copy.ai", "Copy.ai"],
  ["stabel diffusion", "Stable Diffusion"],
  ["imagen", "Imagen"],
  ["stable diff", "Stable Diffusion"],
];

test.describe("search on /models", () => {
  for (const [query, name] of EXAMPLES) {
    test(`"${query}" ranks ${name} first`, async ({ page }) => {
      await page.goto("/models");
      await searchBox(page).fill(query);
      await expect(firstResult(page)).toHaveText(name);
      expect(new URL(page.url()).searchParams.get("q")).toBe(query);
    });
  }

  test("results update on every keystroke", async ({ page }) => {
    await page.goto("/models");
    await searchBox(page).pressSequentially("wav");
    await expect(firstResult(page)).toHaveText("WaveNet");
    await searchBox(page).pressSequentially("enet");
    await expect(results(page)).toHaveCount(1);
  });

  test("the / key focuses the search box and Esc clears it", async ({ page }) => {
    await page.goto("/models");
    // The shortcut is the scripts' work: a key pressed before they have run reaches no listener.
    await page.waitForLoadState("networkidle");
    await page.locator("body").press("/");
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type("sora");
    await expect(firstResult(page)).toHaveText("Sora");
    await page.keyboard.press("Escape");
    await expect(searchBox(page)).toHaveValue("");
  });

  test("the header search leads to the results", async ({ page }) => {
    await page.goto("/timeline");
    await page.getByRole("combobox", { name: "Search", exact: true }).fill("stable diff");
    await page.getByRole("button", { name: "Go" }).click();
    await expect(page).toHaveURL(/\/models\?q=stable\+diff/);
    await expect(firstResult(page)).toHaveText("Stable Diffusion");
  });
});

test.describe("filters on /models", () => {
  test("filter → URL → reload → same results", async ({ page }) => {
    await page.goto("/models");
    const filters = page.getByRole("complementary", { name: "Filters" });
    const output = filters.getByRole("group", { name: /^Output/ });
    await output.getByRole("checkbox", { name: /^Video/ }).check();
    await filters.getByRole("checkbox", { name: /^Model/ }).check();
    await expect(page).toHaveURL(/out=video/);
    await expect(page).toHaveURL(/kind=model/);
    await expect(page.getByText(/^Showing \d+ of/)).toBeVisible();
    await expect(results(page).first()).toBeVisible();
    const names = await results(page).getByRole("link").allTextContents();
    expect(names.length).toBeGreaterThan(0);
    await page.reload();
    await expect(results(page).getByRole("link")).toHaveText(names);
    await expect(output.getByRole("checkbox", { name: /^Video/ })).toBeChecked();
  });

  test("several inputs mean all of them: text and image in, text out finds vision-language models only", async ({ page }) => {
    await page.goto("/models?in=text,image&out=text");
    await expect(page.getByText(/^Showing \d+ of/)).toBeVisible();
    await expect(results(page).filter({ has: page.getByRole("link", { name: "GPT-4", exact: true }) })).toHaveCount(1);
    await expect(results(page).filter({ has: page.getByRole("link", { name: "GPT-3", exact: true }) })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Input: takes all of: Image/ })).toBeVisible();
  });

  test("the country facet narrows the list to one country's organizations", async ({ page }) => {
    await page.goto("/models?country=CN");
    await expect(page.getByText(/^Showing \d+ of/)).toBeVisible();
    await expect(results(page).filter({ has: page.getByRole("link", { name: "ERNIE Bot", exact: true }) })).toHaveCount(1);
    await expect(results(page).filter({ has: page.getByRole("link", { name: "GPT-4", exact: true }) })).toHaveCount(0);
  });

  test("filters combine with search and sorting", async ({ page }) => {
    await page.goto("/models?q=google&modality=image&sort=oldest");
    await expect(page.getByText(/^Showing \d+ of/)).toBeVisible();
    const years = await results(page).evaluateAll((items) => items.map((item) => Number(item.textContent?.match(/· (\d{4}) ·/)?.[1])));
    expect(years.length).toBeGreaterThan(1);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    await expect(page.getByRole("combobox", { name: "Sort by" })).toHaveValue("oldest");
  });

  test("the back button restores the previous view", async ({ page }) => {
    await page.goto("/models?modality=audio");
    await expect(page.getByText(/^Showing \d+ of/)).toBeVisible();
    const audioCount = await results(page).count();
    await page.getByRole("checkbox", { name: /^Open weights/ }).check();
    await expect(page).toHaveURL(/open=yes/);
    await expect.poll(() => results(page).count()).toBeLessThan(audioCount);
    await page.goBack();
    await expect(page).toHaveURL(/\?modality=audio$/);
    await expect(results(page)).toHaveCount(audioCount);
    await expect(page.getByRole("checkbox", { name: /^Open weights/ })).not.toBeChecked();
  });

  test("an empty result says so and offers to clear the filters", async ({ page }) => {
    await page.goto("/models?q=zzzzqqqq&kind=dataset");
    await expect(page.getByText(/No entries match “zzzzqqqq”/)).toBeVisible();
    await page.getByRole("button", { name: "Clear search and all filters" }).click();
    await expect(page).toHaveURL(/\/models$/);
    await expect(results(page).first()).toBeVisible();
  });

  test("a search with no filters and no match says what was searched, not 'with these filters'", async ({ page }) => {
    await page.goto("/models?q=zzzzqqqq");
    await expect(page.getByText("No entry is named “zzzzqqqq”.")).toBeVisible();
    await expect(page.getByText(/with these filters/)).toHaveCount(0);
    await page.getByRole("button", { name: "Show all models" }).click();
    await expect(page).toHaveURL(/\/models$/);
  });

  test("unknown filter values get a notice, not a crash", async ({ page }) => {
    await page.goto("/models?modality=smell&sort=random");
    const notice = page.getByText(/were not recognised and were ignored/);
    await expect(notice).toContainText("modality=smell");
    await expect(notice).toContainText("sort=random");
    await expect(page.locator("main li a[href^='/models/']").first()).toBeVisible();
  });

  test("a modality matrix cell leads to the matching list", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: /Text to Video entries/ }).click();
    await expect(page).toHaveURL(/in=text&out=video/);
    await expect(results(page).filter({ has: page.getByRole("link", { name: "Sora", exact: true }) })).toHaveCount(1);
  });

  test("the matrix's row and column headers lead to the input-only and output-only lists", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Every entry that generates video" }).click();
    await expect(page).toHaveURL(/\/models\?out=video$/);
    await expect(results(page).filter({ has: page.getByRole("link", { name: "Sora", exact: true }) })).toHaveCount(1);
    await page.goto("/");
    await page.getByRole("link", { name: "Every entry that takes audio in" }).click();
    await expect(page).toHaveURL(/\/models\?in=audio$/);
  });

  test("compare checkboxes lead to the comparison", async ({ page }) => {
    await page.goto("/models?q=gpt-4");
    await page.getByRole("checkbox", { name: "Compare GPT-4", exact: true }).check();
    await page.getByRole("checkbox", { name: "Compare GPT-4o" }).check();
    await page.getByRole("link", { name: "Compare (2)" }).click();
    await expect(page).toHaveURL(/\/compare\?models=gpt-4,gpt-4o/);
  });
});

test.describe("choices made before the page's scripts have run", () => {
  // Holds back every script until `release` is called: a slow phone, where the reader acts first.
  async function holdScripts(page: Page) {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_next\/static\/.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    return release;
  }

  test("a search, a sort, a filter and a compare tick on /models are all kept", async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto("/models?kind=model", { waitUntil: "domcontentloaded" });
    await searchBox(page).fill("gpt");
    await page.getByRole("combobox", { name: "Sort" }).selectOption({ label: "Name" });
    const filters = page.getByRole("complementary", { name: "Filters" });
    await filters.getByRole("group", { name: /^Output/ }).getByRole("checkbox", { name: /^Text/ }).check();
    await page.getByRole("checkbox", { name: "Compare GPT-4o", exact: true }).check();
    release();
    // Applied on top of the link's own filter, which the served HTML did not show.
    await expect(page).toHaveURL(/\?q=gpt&out=text&kind=model&sort=name$/);
    await expect(searchBox(page)).toHaveValue("gpt");
    await expect(page.getByRole("combobox", { name: "Sort" })).toHaveValue("name");
    await expect(filters.getByRole("group", { name: /^Output/ }).getByRole("checkbox", { name: /^Text/ })).toBeChecked();
    await expect(page.getByRole("link", { name: "Compare (1)" })).toBeVisible();
  });

  test("words typed into the header search stay there", async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto("/timeline", { waitUntil: "domcontentloaded" });
    const box = page.getByRole("combobox", { name: "Search", exact: true });
    await box.fill("sora");
    release();
    // The box still has focus, so its suggestions come without another keystroke.
    await expect(page.getByRole("option", { name: /^Sora/ }).first()).toBeVisible();
    await expect(box).toHaveValue("sora");
  });
});

test("without JavaScript /models and its pages list every entry as a link", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/models");
  const pageLinks = await page.getByRole("navigation", { name: "Pages of the list" }).getByRole("link").evaluateAll(
    (links) => links.map((link) => link.getAttribute("href")!),
  ).catch(() => [] as string[]);
  const seen = new Set<string>();
  for (const href of ["/models", ...pageLinks.filter((href) => href !== "/models")]) {
    await page.goto(href);
    for (const link of await page.locator("main li a[href^='/models/']:not([href^='/models/page'])").evaluateAll((as) => as.map((a) => a.getAttribute("href")!))) {
      seen.add(link);
    }
  }
  const catalog = await (await page.request.get("/catalog.json")).json();
  expect(seen.size).toBe(catalog.models.length);
  await context.close();
});
