// `npx tsx scripts/bench/load-requests.ts [base URL] [path…]`: what each page fetches before anyone
// touches it. Loads the page in Chromium, waits until the network has been idle for 2 s (prefetches
// start after load, when links enter the viewport), and lists every request after the document with
// its transfer size. Serve the site first (`npm start`); default base http://localhost:3000.
import { chromium } from "@playwright/test";

const [base = "http://localhost:3000", ...argPaths] = process.argv.slice(2);
const paths = argPaths.length > 0 ? argPaths : ["/", "/models/gpt-4", "/modalities/image", "/timeline", "/models", "/compare"];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
console.log("| page | requests after the document | of which route prefetches (RSC .txt) | scripts | bytes (transfer) |");
console.log("| --- | --- | --- | --- | --- |");
for (const path of paths) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests: { url: string; type: string; bytes: number }[] = [];
  page.on("requestfinished", async (request) => {
    const sizes = await request.sizes().catch(() => null);
    requests.push({ url: request.url(), type: request.resourceType(), bytes: (sizes?.responseBodySize ?? 0) + (sizes?.responseHeadersSize ?? 0) });
  });
  await page.goto(new URL(path, base).href, { waitUntil: "networkidle" });
  await page.waitForTimeout(2000);
  const after = requests.slice(1);
  const rsc = after.filter((r) => /\.txt(\?|$)/.test(new URL(r.url).pathname + new URL(r.url).search) || r.url.includes("_rsc="));
  const scripts = after.filter((r) => r.type === "script");
  const bytes = requests.reduce((sum, r) => sum + r.bytes, 0);
  console.log(`| ${path} | ${after.length} | ${rsc.length} | ${scripts.length} | ${(bytes / 1024).toFixed(1)} KB |`);
  if (process.env.VERBOSE) for (const r of after) console.log(`    ${r.type} ${r.url.replace(base, "")} ${r.bytes}`);
  await context.close();
}
await browser.close();
