// `npm run bench:floor`: Lighthouse 12 (mobile, Debian's Chromium) on the built site and, in the same
// run, on the floor: an empty Next.js page built with the project's own Next.js and React
// (scripts/bench/floor-app). Absolute scores move with the machine; the differences from the floor
// do not, so those are what the targets are about. Median of 3 runs, pages interleaved so that
// machine noise falls on all of them alike. Run `npm run build` first.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const ROOT = process.cwd();
// SITE_DIR: another directory holding an out/ to measure against the floor (e.g. an older build).
const SITE_DIR = path.resolve(process.env.SITE_DIR ?? ROOT);
const RUNS = Number(process.env.RUNS ?? 3);
const SITE_PORT = 4191;
const FLOOR_PORT = 4192;
// Page, and how many KB (transfer) over the floor it may load before interaction.
const PAGES = [
  ["/", 15],
  ["/models/gpt-4", 15],
  ["/modalities/image", 15],
  ["/timeline", 15],
  ["/models", 40],
  ["/compare?models=gpt-4,palm-e", 40],
  // The Chinese site, held to the same targets.
  ["/zh", 15],
  ["/zh/models/gpt-4", 15],
  ["/zh/timeline", 15],
  ["/zh/models", 40],
];
const TARGET = { score: 3, tbt: 100 };

if (!fs.existsSync(path.join(SITE_DIR, "out/index.html"))) {
  console.error(`${path.join(SITE_DIR, "out")} is missing: run npm run build first.`);
  process.exit(1);
}

// 1. Build the floor inside the project (.bench/ is ignored) so it resolves the project's node_modules.
const floorDir = path.join(ROOT, ".bench/floor");
fs.rmSync(floorDir, { recursive: true, force: true });
fs.cpSync(path.join(ROOT, "scripts/bench/floor-app"), floorDir, { recursive: true });
console.log("building the floor (an empty Next.js page) …");
execFileSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], {
  cwd: floorDir,
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  stdio: "pipe",
});

// 2. Serve both the same way (scripts/serve.mjs: gzip, serve.json); serve.mjs serves ./out of its cwd.
const serve = (cwd, port) => spawn(process.execPath, [path.join(ROOT, "scripts/serve.mjs")], { cwd, env: { ...process.env, PORT: String(port) }, stdio: "ignore" });
const servers = [serve(SITE_DIR, SITE_PORT), serve(floorDir, FLOOR_PORT)];
await new Promise((resolve) => setTimeout(resolve, 1500));

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});

const targets = [["floor", `http://localhost:${FLOOR_PORT}/`], ...PAGES.map(([page]) => [page, `http://localhost:${SITE_PORT}${page}`])];
const samples = new Map(targets.map(([name]) => [name, []]));
try {
  for (let run = 1; run <= RUNS; run++) {
    for (const [name, url] of targets) {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
      samples.get(name).push({
        score: Math.round((lhr.categories.performance.score ?? 0) * 100),
        tbt: lhr.audits["total-blocking-time"].numericValue,
        lcp: lhr.audits["largest-contentful-paint"].numericValue,
        bytes: lhr.audits["total-byte-weight"].numericValue,
      });
      process.stdout.write(`\rrun ${run}/${RUNS}: ${name.padEnd(32)}`);
    }
  }
} finally {
  await chrome.kill();
  for (const server of servers) server.kill();
}
process.stdout.write("\n");

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const summary = (name) => Object.fromEntries(["score", "tbt", "lcp", "bytes"].map((key) => [key, median(samples.get(name).map((s) => s[key]))]));
const floor = summary("floor");
const signed = (value, digits = 0) => `${value >= 0 ? "+" : "−"}${Math.abs(value).toFixed(digits)}`;
const kb = (bytes) => bytes / 1024;

console.log(`\nLighthouse 12, mobile, median of ${RUNS}; differences from the floor measured in the same run\n`);
console.log("| page | score | TBT | LCP | bytes (transfer) | targets |");
console.log("| --- | --- | --- | --- | --- | --- |");
console.log(`| floor (empty Next.js page) | ${floor.score} | ${floor.tbt.toFixed(0)} ms | ${(floor.lcp / 1000).toFixed(2)} s | ${kb(floor.bytes).toFixed(1)} KB | |`);
let misses = 0;
for (const [page, byteBudget] of PAGES) {
  const s = summary(page);
  const missed = [
    floor.score - s.score > TARGET.score && `score more than ${TARGET.score} below`,
    s.tbt - floor.tbt > TARGET.tbt && `TBT more than ${TARGET.tbt} ms over`,
    kb(s.bytes - floor.bytes) > byteBudget && `bytes more than ${byteBudget} KB over`,
  ].filter(Boolean);
  misses += missed.length;
  console.log(
    `| ${page} | ${s.score} (${signed(s.score - floor.score)}) | ${s.tbt.toFixed(0)} ms (${signed(s.tbt - floor.tbt)}) | ` +
      `${(s.lcp / 1000).toFixed(2)} s (${signed((s.lcp - floor.lcp) / 1000, 2)}) | ${kb(s.bytes).toFixed(1)} KB (${signed(kb(s.bytes - floor.bytes), 1)}) | ` +
      `${missed.length ? `missed: ${missed.join(", ")}` : "met"} |`,
  );
}
console.log(`\ntargets: score within ${TARGET.score} points of the floor, TBT within ${TARGET.tbt} ms, bytes within the page's budget (15 KB; 40 KB for /models and /compare)`);
process.exitCode = misses ? 1 : 0;
