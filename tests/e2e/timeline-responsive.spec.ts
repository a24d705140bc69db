import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// The timeline is a static page: every event is in the HTML, and a small client leaf hides the
// ones that do not match ?modality=. These tests run at desktop and at phone width.

const ERA_IDS = ["era-single-modality", "era-fusion", "era-unified-multimodal"];

let consoleErrors: string[] = [];

test.beforeEach(async ({ page }) => {
  consoleErrors = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
});

test.afterEach(() => {
  expect(consoleErrors).toEqual([]);
});

const events = (page: Page) => page.locator("li[data-event]");
const visibleEvents = (page: Page) => page.locator("li[data-event]:visible");

test("the eras appear as bands in time order, each with its years", async ({ page }) => {
  await page.goto("/timeline");
  await expect(page).toHaveTitle(/^Timeline · /);
  const bandIds = await page.locator("section[data-band]").evaluateAll((bands) => bands.map((band) => band.id));
  expect(bandIds.filter((id) => id.startsWith("era-"))).toEqual(ERA_IDS);
  await expect(page.getByRole("heading", { level: 2, name: /^Single-modality 2012–2018$/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Fusion 2019–2020$/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Unified multimodal 2021–today$/ })).toBeVisible();
  // Where the source article dates an era differently, the band says what it claimed.
  await expect(page.locator("#era-single-modality")).toContainText(/The source article \(“AIGC时代：未来已来”, March 2023\) says: Before 2012/);
  await expect(page.locator("#era-single-modality").getByRole("link", { name: "The source article" })).toHaveAttribute("href", "/about#corrections-to-the-source-article");
});

test("events run oldest first: AlexNet in the first era, before GPT-4 in the last", async ({ page }) => {
  await page.goto("/timeline");
  const alexnet = page.locator("#era-single-modality #entry-alexnet");
  const gpt4 = page.locator("#era-unified-multimodal #entry-gpt-4");
  await expect(alexnet).toBeVisible();
  await expect(gpt4).toBeVisible();
  await expect(alexnet.locator("time")).toHaveAttribute("datetime", "2012");
  expect((await alexnet.boundingBox())!.y).toBeLessThan((await gpt4.boundingBox())!.y);

  const dates = await events(page).locator("time").evaluateAll((times) => times.map((t) => t.getAttribute("datetime")!));
  const sortable = dates.map((date) => date.padEnd(10, "-"));
  expect(sortable).toEqual([...sortable].sort());
});

test("each event shows its flow and links to its entry", async ({ page }) => {
  await page.goto("/timeline");
  const gpt4 = page.locator("#entry-gpt-4");
  await expect(gpt4).toContainText("Input: Text, Image");
  await expect(gpt4).toContainText("output: Text");
  await expect(gpt4.locator("time")).toHaveText("14 March 2023");
  const hrefs = await page
    .locator('li[data-event="entry"] h3 a')
    .evaluateAll((links) => links.map((link) => [link.closest("li")!.id, link.getAttribute("href")]));
  expect(hrefs.length).toBeGreaterThan(10);
  for (const [id, href] of hrefs) expect(href).toBe(`/models/${id!.replace(/^entry-/, "")}`);

  await gpt4.getByRole("link", { name: "GPT-4" }).click();
  await expect(page).toHaveURL(/\/models\/gpt-4$/);
  await expect(page.getByRole("heading", { level: 1, name: "GPT-4" })).toBeVisible();
});

test("?modality=video shows only video events and keeps every band", async ({ page }) => {
  await page.goto("/timeline?modality=video");
  const total = await events(page).count();
  await expect(page.locator("#entry-alexnet")).toBeHidden();
  const shown = visibleEvents(page);
  const count = await shown.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(total);
  for (const modalities of await shown.evaluateAll((items) => items.map((item) => item.getAttribute("data-modalities")!))) {
    expect(modalities.split(" ")).toContain("video");
  }
  for (const id of ERA_IDS) await expect(page.locator(`#${id} h2`)).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(`Showing ${count} of ${total} events (Video).`);
  await expect(page.getByRole("link", { name: "Video", exact: true })).toHaveAttribute("aria-current", "true");
});

test("filter links update the URL, and back and forward restore the view", async ({ page }) => {
  await page.goto("/timeline");
  const total = await events(page).count();
  const filters = page.getByRole("navigation", { name: "Filter events by modality" });
  await filters.getByRole("link", { name: "Embodied" }).click();
  await expect(page).toHaveURL(/\/timeline\?modality=embodied$/);
  await expect(page.locator("#entry-alexnet")).toBeHidden();
  const embodied = await visibleEvents(page).count();
  expect(embodied).toBeLessThan(total);

  await filters.getByRole("link", { name: "Text" }).click();
  await expect(page).toHaveURL(/\?modality=text$/);
  await expect(page.locator("#entry-gpt-3")).toBeVisible();
  // AlexNet outputs a class label, not text.
  await expect(page.locator("#entry-alexnet")).toBeHidden();

  await page.goBack();
  await expect(page).toHaveURL(/\?modality=embodied$/);
  await expect(visibleEvents(page)).toHaveCount(embodied);
  await page.goBack();
  await expect(page).toHaveURL(/\/timeline$/);
  await expect(visibleEvents(page)).toHaveCount(total);
  await page.goForward();
  await expect(visibleEvents(page)).toHaveCount(embodied);
});

test("an unknown modality gets a friendly notice and shows everything", async ({ page }) => {
  await page.goto("/timeline?modality=smell");
  await expect(page.getByText("There is no modality called “smell”")).toBeVisible();
  const total = await events(page).count();
  await expect(visibleEvents(page)).toHaveCount(total);
  await expect(page.getByRole("status")).toHaveText(`Showing ${total} of ${total} events.`);
});

test("without JavaScript every event and both charts are in the page", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/timeline?modality=video");
  const total = await events(page).count();
  expect(total).toBeGreaterThan(10);
  await expect(visibleEvents(page)).toHaveCount(total);
  await expect(page.getByRole("navigation", { name: "Filter events by modality" })).toHaveCount(0);
  // Each chart is drawn twice, wide and narrow; CSS shows the one that fits, without JavaScript too.
  await expect(page.locator("#charts figure svg[aria-labelledby]:visible")).toHaveCount(2);
  await context.close();
});

test("the charts are SVG in the HTML, each with a caption and a data table", async ({ page, request }) => {
  const html = await (await request.get("/timeline")).text();
  // Two charts, each drawn for wide and for narrow screens.
  expect(html.match(/<svg[^>]*aria-labelledby="[a-z-]*chart[a-z-]*-title"/g)?.length).toBe(4);

  await page.goto("/timeline");
  const figures = page.locator("#charts figure");
  await expect(figures).toHaveCount(2);
  for (const [i, name] of ["Entries in this catalog per year, by output modality", "Published parameter counts over time"].entries()) {
    const figure = figures.nth(i);
    await expect(figure.locator("figcaption")).toContainText(name);
    const svg = figure.locator("svg[aria-labelledby]:visible");
    await expect(svg).toHaveAccessibleName(name);
    await expect(svg).toHaveAccessibleDescription(/The table below lists every value\./);
    await figure.getByText("Show the data as a table").click();
    const table = figure.getByRole("table");
    await expect(table).toBeVisible();
    expect(await table.locator("tbody tr").count()).toBeGreaterThan(3);
  }
  await expect(figures.nth(0).locator("figcaption")).toContainText("counted once under each");
  await expect(figures.nth(1).locator("figcaption")).toContainText(/\d+ of \d+ entries are left out: \d+ with an undisclosed count/);
  await expect(figures.nth(1).getByRole("table")).toContainText("562B");
});

test("an entry page says where the entry sits in time", async ({ page }) => {
  await page.goto("/models/gpt-4");
  const section = page.getByRole("region", { name: "In time" });
  await expect(section.getByRole("link", { name: "Unified multimodal" })).toHaveAttribute("href", "/timeline#era-unified-multimodal");
  await expect(section).toContainText("Among entries that produce text: before it,");
  // It sits above the sources, as the last thing before them.
  const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
  expect(headings.indexOf("In time")).toBe(headings.indexOf("Sources") - 1);

  await section.getByRole("link", { name: "Unified multimodal" }).click();
  await expect(page).toHaveURL(/\/timeline#era-unified-multimodal$/);
  await expect(page.locator("#era-unified-multimodal h2")).toBeInViewport();
});

test("a bar of era links stays at the top while scrolling, marks the era being read, and leads back to the top", async ({ page }) => {
  await page.goto("/timeline");
  const nav = page.getByRole("navigation", { name: "Jump to" });
  const link = (name: string) => nav.getByRole("link", { name: new RegExp(`^${name}`) });

  await link("Fusion").click();
  await expect(page).toHaveURL(/#era-fusion$/);
  const heading = page.locator("#era-fusion h2");
  await expect(heading).toBeInViewport();
  // The bar is still on screen, at the top, and the era's heading lands below it rather than under it.
  const bar = (await nav.boundingBox())!;
  expect(bar.y).toBeGreaterThanOrEqual(-1);
  expect(bar.y).toBeLessThan(2);
  expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
  await expect(link("Fusion")).toHaveAttribute("aria-current", "location");
  await expect(nav.locator("[aria-current]")).toHaveCount(1);

  // Scrolling on by hand moves the highlight.
  await page.locator("#era-unified-multimodal li[data-event]").nth(5).scrollIntoViewIfNeeded();
  await expect(link("Unified multimodal")).toHaveAttribute("aria-current", "location");
  await expect(link("Fusion")).not.toHaveAttribute("aria-current", /.*/);
  await link("Charts").click();
  await expect(page.locator("#charts-heading")).toBeInViewport();
  await expect(link("Charts")).toHaveAttribute("aria-current", "location");

  // "Top" is the top of the timeline, its heading and introduction, just under the site header.
  await page.getByRole("link", { name: "Back to top" }).click();
  await expect(page).toHaveURL(/#top$/);
  const title = page.getByRole("heading", { level: 1, name: "Timeline" });
  await expect(title).toBeInViewport();
  expect((await title.boundingBox())!.y).toBeLessThan(150);
});

test("without JavaScript the era links are anchors that still jump", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/timeline");
  const nav = page.getByRole("navigation", { name: "Jump to" });
  const hrefs = await nav.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs).toEqual(["#before-eras", ...ERA_IDS.map((id) => `#${id}`), "#charts", "#top"]);
  await nav.getByRole("link", { name: /^Unified multimodal/ }).click();
  await expect(page.locator("#era-unified-multimodal h2")).toBeInViewport();
  await expect(nav).toBeInViewport();
  await context.close();
});

test("the charts fit the screen, with text of at least 12 px", async ({ page }) => {
  await page.goto("/timeline");
  const figures = page.locator("#charts figure");
  for (const i of [0, 1]) {
    const svg = figures.nth(i).locator("svg[aria-labelledby]:visible");
    await expect(svg).toHaveCount(1);
    const { sizes, width, room } = await svg.evaluate((element) => {
      const chart = element as SVGSVGElement;
      const scale = chart.getBoundingClientRect().width / chart.viewBox.baseVal.width;
      const texts = [...chart.querySelectorAll("text")].filter((text) => getComputedStyle(text).visibility === "visible");
      return {
        sizes: texts.map((text) => parseFloat(getComputedStyle(text).fontSize) * scale),
        width: chart.getBoundingClientRect().width,
        room: chart.closest("figure")!.clientWidth,
      };
    });
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    // Drawn for the screen: no sideways scrolling to see the recent years.
    expect(width).toBeLessThanOrEqual(room);
  }
  // On a phone the releases chart reads top to bottom, one labelled row per year.
  if ((page.viewportSize()?.width ?? 0) < 640) {
    const rows = figures.nth(0).locator("[data-year-row]:visible");
    expect(await rows.count()).toBeGreaterThan(10);
    const year2020 = figures.nth(0).locator('[data-year-row="2020"] > text');
    await expect(year2020.first()).toHaveText("2020");
    await expect(year2020.last()).toHaveText(/^\d+$/);
    await expect(year2020.last()).toBeVisible();
  }
});

test("every chart point can be reached with Tab, names itself and opens its entry", async ({ page }) => {
  await page.goto("/timeline");
  const figure = page.locator("#charts figure").nth(1);
  const points = figure.locator("svg:visible a");
  const rows = await figure.locator("tbody tr").count();
  await expect(points).toHaveCount(rows);

  const gpt3 = figure.getByRole("link", { name: "GPT-3, 28 May 2020: 175B parameters", exact: true });
  await expect(gpt3).toHaveAttribute("href", "/models/gpt-3");
  // Keyboard focus moves point to point; the focused one shows its name and value.
  await points.first().focus();
  await page.keyboard.press("Tab");
  await expect(points.nth(1)).toBeFocused();
  const label = points.nth(1).locator(".chart-point-label");
  await expect(label).toBeVisible();
  expect(await label.textContent()).toMatch(/^.+, .*\d{4}: [\d.]+[KMBT]?$/);
  await expect(points.nth(2).locator(".chart-point-label")).toBeHidden();

  await gpt3.focus();
  await expect(gpt3.locator(".chart-point-label")).toHaveText("GPT-3, 28 May 2020: 175B");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/models\/gpt-3$/);
});

for (const path of ["/timeline", "/timeline?modality=video", "/models/gpt-4"]) {
  test(`axe finds no serious or critical problems on ${path}`, async ({ page }) => {
    // The catalog's largest page: axe took 13–35 s here depending on the machine's load, too close
    // to the default 30 s limit.
    test.slow(!path.startsWith("/models"));
    await page.goto(path);
    await page.locator("#charts, #in-time").first().waitFor();
    // The timeline's own markup: <main> here, the "In time" section on an entry page.
    const results = await new AxeBuilder({ page }).include(path.startsWith("/models") ? "#in-time" : "main").analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

// Rows out of view are laid out only as they come near, at an estimated height until then
// (timeline.css). Wherever a jump goes, it must end with the target just under the sticky bar.
for (const path of ["/timeline", "/zh/timeline"]) {
  test(`${path}: jumps land their target just under the bar, from a link or the address`, async ({ page }) => {
    const nav = page.locator("[data-jump-nav]");
    // Where a jump puts its target: its scroll-margin-top (4.5rem) from the top, below the bar.
    const offset = (id: string) =>
      page.locator(`#${id}`).evaluate((element) => Math.round(element.getBoundingClientRect().top - parseFloat(getComputedStyle(element).scrollMarginTop)));
    const landed = async (id: string) => {
      await expect.poll(() => offset(id)).toBe(0);
      const bar = (await nav.boundingBox())!;
      const top = await page.locator(`#${id}`).evaluate((element) => element.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(bar.y + bar.height);
    };

    await page.goto(`${path}#era-unified-multimodal`);
    await landed("era-unified-multimodal");
    for (const id of ["charts", "era-fusion", "era-unified-multimodal", "entry-gpt-4"]) {
      await page.evaluate((hash) => (window.location.hash = hash), id);
      await landed(id);
    }
  });
}
