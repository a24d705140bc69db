// `npm run bench`: search speed at 10,000 entries, bytes each route loads, and the catalog at scale.
// Figures, not pass/fail: the targets are printed beside them. Run `npm run build` first.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { collectContent } from "@/lib/content/load-content";
import { buildCatalog } from "../lib/catalog";
import { buildSearchIndex } from "@/lib/search/search-index";
import { createSearcher } from "@/lib/search/search";
import { writeSyntheticCatalog } from "./bench/synthetic-catalog";
import { kb, percentile, routeBytes, sizes, time } from "./bench/measure";

const ROOT = process.cwd();
const skipBuilds = process.argv.includes("--no-builds");
// The English-only reference build (the Chinese routes removed from a copy) doubles the time: skip with --no-reference.
const skipReference = process.argv.includes("--no-reference");
const sizesArgument = process.argv.find((arg) => arg.startsWith("--sizes="));
const SCALE_SIZES = sizesArgument ? sizesArgument.slice("--sizes=".length).split(",").map(Number) : [1_000, 10_000];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "aigc-bench-"));

function section(title: string) {
  console.log(`\n== ${title}`);
}

// 1. Search over 10,000 entries, keystroke by keystroke.
section("Search at 10,000 entries");
const realIndex = buildSearchIndex(buildCatalog(collectContent().content));
writeSyntheticCatalog(path.join(tmp, "search"), 10_000 - realIndex.length, path.join(ROOT, "content"));
const synthetic = buildCatalog({ ...collectContent(path.join(tmp, "search")).content });
const index = [...buildSearchIndex(synthetic), ...realIndex];
const built = time(() => createSearcher(index));
const indexJson = Buffer.from(JSON.stringify(index));
console.log(`entries: ${index.length}`);
console.log(`index build: ${built.ms.toFixed(1)} ms`);
console.log(`index size (/search-index.json): ${kb(indexJson.length)} raw, ${kb(gzipSync(indexJson).length)} gzip`);
const QUERIES = ["gpt4", "GPT 4", "palm e", "dalle", "copy.ai", "stabel diffusion", "stable diff", "imagen", "midjurney",
  "llama 2", "nova lm", "orion diffusoin", "google deepmind", "whisper", "vega chat 3", "aurora vidoe"];
const timings: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const query of QUERIES) {
    for (let end = 1; end <= query.length; end++) timings.push(time(() => built.result.search(query.slice(0, end))).ms);
  }
}
timings.sort((a, b) => a - b);
console.log(`keystrokes timed: ${timings.length}`);
console.log(`per keystroke: p50 ${percentile(timings, 50).toFixed(2)} ms, p95 ${percentile(timings, 95).toFixed(2)} ms, max ${timings.at(-1)!.toFixed(2)} ms (target p95 < 5 ms)`);

// 2. Bytes per route, from out/.
section("Bytes each route loads before interaction (from out/)");
const OUT = path.join(ROOT, "out");
if (!fs.existsSync(path.join(OUT, "index.html"))) {
  console.log("out/ is missing: run npm run build first.");
} else {
  const ROUTES: [string, string, number][] = [
    ["/", "index.html", 10], ["/models", "models.html", 40], ["/models/gpt-4", "models/gpt-4.html", 10], ["/lineage", "lineage.html", 10],
    ["/modalities/image", "modalities/image.html", 10], ["/timeline", "timeline.html", 10], ["/compare", "compare.html", 40],
  ];
  // The floor every page pays: the scripts every route loads (framework, React, the layout). Since
  // each language has its own root layout, the 404 page (app/global-not-found) is no longer it.
  const builtRoutes = ROUTES.filter(([, file]) => fs.existsSync(path.join(OUT, file)));
  const common = builtRoutes.map(([, file]) => routeBytes(OUT, file).scripts).reduce((shared, scripts) => shared.filter((script) => scripts.includes(script)));
  const floor = { scripts: common, js: sizes(common.map((script) => fs.readFileSync(path.join(OUT, script)))) };
  console.log(`floor (scripts every route loads: framework + layout): JS ${kb(floor.js.raw)} raw, ${kb(floor.js.gzip)} gzip`);
  console.log("route                 HTML gzip   CSS gzip   JS raw     JS gzip    JS gzip over floor (target)");
  const overFloor = (bytes: ReturnType<typeof routeBytes>) =>
    sizes(bytes.scripts.filter((script) => !floor.scripts.includes(script)).map((script) => fs.readFileSync(path.join(OUT, script)))).gzip;
  for (const [route, file, target] of ROUTES) {
    if (!fs.existsSync(path.join(OUT, file))) {
      console.log(`${route.padEnd(22)}(not built)`);
      continue;
    }
    const bytes = routeBytes(OUT, file);
    console.log(
      `${route.padEnd(22)}${kb(bytes.html.gzip).padEnd(12)}${kb(bytes.css.gzip).padEnd(11)}${kb(bytes.js.raw).padEnd(11)}${kb(bytes.js.gzip).padEnd(11)}${kb(overFloor(bytes))} (≤ ${target} KB)`,
    );
  }
  // Each Chinese route against its English twin: the Chinese site may add at most 5 KB gzip of JS.
  console.log("\nChinese route         HTML gzip   JS gzip    JS gzip over the English route (target ≤ 5 KB)");
  for (const [route, file] of ROUTES) {
    const chineseFile = file === "index.html" ? "zh.html" : `zh/${file}`;
    if (!fs.existsSync(path.join(OUT, chineseFile)) || !fs.existsSync(path.join(OUT, file))) continue;
    const english = routeBytes(OUT, file);
    const chinese = routeBytes(OUT, chineseFile);
    const chineseRoute = route === "/" ? "/zh" : `/zh${route}`;
    console.log(`${chineseRoute.padEnd(22)}${kb(chinese.html.gzip).padEnd(12)}${kb(chinese.js.gzip).padEnd(11)}${kb(chinese.js.gzip - english.js.gzip)}`);
  }
}

// 3. Scale: real content files through the real loader, and a real build.
section("Scale");
for (const size of SCALE_SIZES) {
  const dir = path.join(tmp, `content-${size}`);
  writeSyntheticCatalog(dir, size, path.join(ROOT, "content"));
  const validation = time(() => collectContent(dir));
  if (validation.result.problems.length) throw new Error(`synthetic catalog invalid: ${validation.result.problems[0].message}`);
  console.log(`validate ${size} entries: ${validation.ms.toFixed(0)} ms`);
}

if (skipBuilds) {
  console.log("builds skipped (--no-builds)");
} else {
  for (const size of SCALE_SIZES) {
    const site = copyProject(`site-${size}`);
    const build = time(() => buildSite(site, size));
    const chinesePages = fs.readdirSync(path.join(site, "out", "zh"), { recursive: true }).filter((file) => String(file).endsWith(".html")).length;
    console.log(`build ${size} entries, both languages: ${(build.ms / 1000).toFixed(1)} s (${chinesePages} Chinese pages)`);
    if (!skipReference) {
      // The same build without the Chinese routes, in the same run: the reference the bilingual build is held to (< 2×).
      const reference = copyProject(`site-${size}-english`);
      fs.rmSync(path.join(reference, "app", "(zh)"), { recursive: true });
      const englishBuild = time(() => buildSite(reference, size));
      console.log(
        `build ${size} entries, English only (reference): ${(englishBuild.ms / 1000).toFixed(1)} s; bilingual / English = ${(build.ms / englishBuild.ms).toFixed(2)}× (target < 2×)`,
      );
      fs.rmSync(reference, { recursive: true, force: true });
    }
    const models = routeBytes(path.join(site, "out"), "models.html");
    console.log(`/models at ${size} entries: HTML ${kb(models.html.raw)} raw, ${kb(models.html.gzip)} gzip; JS ${kb(models.js.gzip)} gzip`);
    const lineage = routeBytes(path.join(site, "out"), "lineage.html");
    const lineageHtml = fs.readFileSync(path.join(site, "out", "lineage.html"), "utf8");
    const svg = (lineageHtml.match(/<svg[\s\S]*?<\/svg>/g) ?? []).join("");
    console.log(`/lineage at ${size} entries: HTML ${kb(lineage.html.raw)} raw, ${kb(lineage.html.gzip)} gzip; SVG ${kb(svg.length)} raw, ${kb(gzipSync(svg).length)} gzip`);
    fs.rmSync(site, { recursive: true, force: true });
  }
}

/** A copy of the project to build in, so the real out/ is left alone. */
function copyProject(name: string): string {
  const site = path.join(tmp, name);
  fs.mkdirSync(site);
  // tests/ too: the type check of the copy covers scripts/bench/lineage.ts, which builds its catalog with the test fixtures.
  for (const item of ["app", "components", "lib", "public", "scripts", "tests", "package.json", "next.config.ts", "tsconfig.json", "postcss.config.mjs", "tailwind.config.ts", "serve.json"]) {
    if (fs.existsSync(path.join(ROOT, item))) fs.cpSync(path.join(ROOT, item), path.join(site, item), { recursive: true });
  }
  execFileSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(site, "node_modules")]);
  return site;
}

function buildSite(site: string, size: number): void {
  execFileSync("npm", ["run", "build"], { cwd: site, env: { ...process.env, CONTENT_DIR: path.join(tmp, `content-${size}`) }, stdio: "pipe" });
}
fs.rmSync(tmp, { recursive: true, force: true });
