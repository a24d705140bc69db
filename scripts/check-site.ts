// `npm run check:site`: over the exported site in out/ (run `npm run build` first): every internal
// link and anchor resolves, every page is reachable from home, no inline event handlers, and
// external links carry rel="noopener noreferrer".
import fs from "node:fs";
import path from "node:path";
import { checkLinks, parseHtml, type Site } from "../lib/link-check";
import { externalLinksWithoutNoopener, inlineEventHandlers } from "../lib/html-safety";

const root = path.resolve(process.argv[2] ?? "out");
if (!fs.existsSync(path.join(root, "index.html"))) {
  console.error(`${root} has no index.html. Run npm run build first.`);
  process.exit(1);
}

const site: Site = { pages: new Map(), files: new Set() };
const unsafe: string[] = [];
for (const file of fs.readdirSync(root, { recursive: true, encoding: "utf8" })) {
  const full = path.join(root, file);
  if (fs.statSync(full).isDirectory()) continue;
  const urlPath = `/${file.split(path.sep).join("/")}`;
  if (file.endsWith(".html")) {
    const pagePath = urlPath === "/index.html" ? "/" : urlPath.replace(/\.html$/, "");
    const html = fs.readFileSync(full, "utf8");
    site.pages.set(pagePath, parseHtml(html));
    for (const handler of inlineEventHandlers(html)) unsafe.push(`Inline event handler on ${pagePath}: ${handler}`);
    for (const link of externalLinksWithoutNoopener(html)) unsafe.push(`External link without rel="noopener noreferrer" on ${pagePath}: ${link}`);
  } else site.files.add(urlPath);
}

// Error pages are reached by mistyped URLs, not links; /models/page/1 repeats /models (its canonical).
const { broken, unreachable } = checkLinks(site, ["/404", "/_not-found", "/models/page/1"]);
for (const problem of broken) console.error(`Broken link on ${problem.page}: ${problem.link} (${problem.reason})`);
for (const page of unreachable) console.error(`Unreachable page: ${page} is not linked from anywhere reachable from the home page.`);
for (const problem of unsafe) console.error(problem);
const linkCount = [...site.pages.values()].reduce((sum, page) => sum + page.links.length, 0);
console.log(
  `site: ${site.pages.size} pages, ${linkCount} links checked, ${broken.length} broken, ${unreachable.length} unreachable, ${unsafe.length} unsafe`,
);
process.exit(broken.length + unreachable.length + unsafe.length > 0 ? 1 : 0);
