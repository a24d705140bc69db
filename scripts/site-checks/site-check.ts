/**
 * `npm run check:site` over an exported site (out/): links and anchors resolve, every page is
 * reachable from home, every page carries its CSP, no inline event handlers, external links carry
 * rel="noopener noreferrer", and absolute URLs name one origin (SITE_URL's, when it is set).
 */
import fs from "node:fs";
import path from "node:path";
import { checkLinks, parseHtml, type Site } from "./link-check";
import { externalLinksWithoutNoopener, inlineEventHandlers } from "./html-safety";
import { cspProblem } from "./csp-check";
import { missingPreviewTags, previewTags } from "./preview-check";
import { absoluteUrlProblems, pageAbsoluteUrls, robotsAbsoluteUrls, sitemapAbsoluteUrls, type AbsoluteUrl } from "./absolute-urls";

// Error pages are reached by mistyped URLs, not links; /models/page/1 repeats /models (its canonical);
// the same in Chinese.
const UNLINKED_PAGES = ["/404", "/_not-found", "/models/page/1", "/zh/404", "/zh/models/page/1"];
// Pages nobody shares: a link preview of an error page has no URL of its own to show.
const UNSHARED_PAGES = ["/404", "/_not-found", "/zh/404"];
const TEXT_FILE = /\.(html|txt|xml|json|js|css|webmanifest)$/;
// Link-preview images (out/share/): crawlers fetch them on every share; keep each small.
const SHARE_IMAGE_BUDGET = 60 * 1024;

export function checkSite(root: string, siteUrl: string | null): { problems: string[]; summary: string } {
  if (!fs.existsSync(path.join(root, "index.html"))) {
    return { problems: [`${root} has no index.html. Run npm run build first.`], summary: "site: not built" };
  }
  const site: Site = { pages: new Map(), files: new Set() };
  const problems: string[] = [];
  const urls: AbsoluteUrl[] = [];
  const shareImages: { page: string; url: string }[] = [];
  for (const file of fs.readdirSync(root, { recursive: true, encoding: "utf8" }).sort()) {
    const full = path.join(root, file);
    const stat = fs.statSync(full);
    if (stat.isDirectory()) continue;
    const urlPath = `/${file.split(path.sep).join("/")}`;
    const text = TEXT_FILE.test(file) ? fs.readFileSync(full, "utf8") : null;
    if (urlPath.startsWith("/share/") && stat.size > SHARE_IMAGE_BUDGET) {
      problems.push(`${urlPath} is ${(stat.size / 1024).toFixed(1)} KB, over the ${SHARE_IMAGE_BUDGET / 1024} KB budget for share images`);
    }
    if (siteUrl && text && /\/\/(localhost|127\.0\.0\.1)[:/]/.test(text)) problems.push(`SITE_URL is ${siteUrl} but ${urlPath} mentions localhost`);
    if (file.endsWith(".html") && text !== null) {
      const pagePath = urlPath === "/index.html" ? "/" : urlPath.replace(/\.html$/, "");
      site.pages.set(pagePath, parseHtml(text));
      const csp = cspProblem(text);
      if (csp) problems.push(`CSP on ${pagePath}: ${csp}`);
      for (const handler of inlineEventHandlers(text)) problems.push(`Inline event handler on ${pagePath}: ${handler}`);
      for (const link of externalLinksWithoutNoopener(text)) problems.push(`External link without rel="noopener noreferrer" on ${pagePath}: ${link}`);
      urls.push(...pageAbsoluteUrls(pagePath, text));
      if (!UNSHARED_PAGES.includes(pagePath)) {
        const missing = missingPreviewTags(text);
        if (missing.length > 0) problems.push(`Link preview of ${pagePath} lacks ${missing.join(", ")}`);
        const image = previewTags(text).get("og:image");
        if (image) {
          shareImages.push({ page: pagePath, url: image });
          urls.push({ where: `og:image of ${pagePath}`, url: image });
        }
      }
    } else {
      site.files.add(urlPath);
      if (urlPath === "/sitemap.xml" && text) urls.push(...sitemapAbsoluteUrls(text));
      if (urlPath === "/robots.txt" && text) urls.push(...robotsAbsoluteUrls(text));
    }
  }

  for (const { page, url } of shareImages) {
    const file = URL.canParse(url) ? new URL(url).pathname : url;
    if (!site.files.has(file)) problems.push(`og:image of ${page} is ${url}, but out/ has no ${file}`);
  }
  const { broken, unreachable } = checkLinks(site, UNLINKED_PAGES);
  problems.push(
    ...broken.map((problem) => `Broken link on ${problem.page}: ${problem.link} (${problem.reason})`),
    ...unreachable.map((page) => `Unreachable page: ${page} is not linked from anywhere reachable from the home page.`),
    ...absoluteUrlProblems(urls, siteUrl),
  );
  const linkCount = [...site.pages.values()].reduce((sum, page) => sum + page.links.length, 0);
  const summary =
    `site: ${site.pages.size} pages, ${linkCount} links checked, ${broken.length} broken, ${unreachable.length} unreachable, ` +
    `${urls.length} absolute URLs on ${new Set(urls.map((u) => URL.canParse(u.url) && new URL(u.url).origin)).size} origin(s), ${problems.length} problems in all`;
  return { problems, summary };
}
