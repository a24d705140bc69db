// `npm run lighthouse`: Lighthouse 12 (Debian's Chromium) on the built site served locally, mobile
// and desktop. Prints the four category scores per page and flags any below its target.
import { spawn } from "node:child_process";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import * as chromeLauncher from "chrome-launcher";

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4190);
// The Chinese twins of the main pages are held to the same targets.
const PAGES = process.argv.length > 2 ? process.argv.slice(2) : ["/", "/models", "/models/gpt-4", "/timeline", "/compare?models=gpt-4,palm-e", "/zh", "/zh/models", "/zh/models/gpt-4", "/zh/timeline"];
const TARGETS = { performance: { mobile: 95, desktop: 95 }, accessibility: 100, "best-practices": 100, seo: 100 };
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

const server = spawn("node", ["scripts/serve.mjs"], { env: { ...process.env, PORT: String(PORT) }, stdio: "ignore" });
await new Promise((resolve) => setTimeout(resolve, 1500));

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});

let misses = 0;
try {
  console.log("page                              form     perf  a11y  best  seo");
  for (const page of PAGES) {
    for (const form of ["mobile", "desktop"]) {
      const result = await lighthouse(
        `http://localhost:${PORT}${page}`,
        { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES },
        form === "desktop" ? desktopConfig : undefined,
      );
      const scores = CATEGORIES.map((id) => Math.round((result.lhr.categories[id]?.score ?? 0) * 100));
      const below = CATEGORIES.filter((id, i) => {
        const target = typeof TARGETS[id] === "number" ? TARGETS[id] : TARGETS[id][form];
        return scores[i] < target;
      });
      misses += below.length;
      console.log(`${page.padEnd(34)}${form.padEnd(9)}${scores.map((s) => String(s).padEnd(6)).join("")}${below.length ? ` below target: ${below.join(", ")}` : ""}`);
      for (const id of below) {
        const failing = result.lhr.categories[id].auditRefs
          .map((ref) => result.lhr.audits[ref.id])
          .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative")
          .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
        console.log(`    ${id}: ${failing.slice(0, 6).join(", ")}`);
      }
    }
  }
} finally {
  await chrome.kill();
  server.kill();
}
console.log(misses ? `lighthouse: ${misses} scores below target` : "lighthouse: every score meets its target");
process.exitCode = misses ? 1 : 0;
