import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { withContentSecurityPolicy } from "@/scripts/site-checks/csp";
import { checkSite } from "@/scripts/site-checks/site-check";

// tests/fixtures/site is a four-page site as `next build` writes it: no CSP yet, absolute URLs on
// localhost (a local build), link-preview tags and their image, and a relative link from /models/a
// to /models/b.
const FIXTURE = path.resolve("tests/fixtures/site");
let dir = "";
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A copy of the fixture in a temporary directory, optionally with the CSP step run and the origin changed. */
function site(options: { csp: boolean; origin?: string }): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "site-check-"));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  for (const file of fs.readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const full = path.join(dir, file);
    if (fs.statSync(full).isDirectory()) continue;
    let text = fs.readFileSync(full, "utf8");
    if (options.origin) text = text.replaceAll("http://localhost:3000", options.origin);
    if (options.csp && file.endsWith(".html")) text = withContentSecurityPolicy(text);
    fs.writeFileSync(full, text);
  }
  return dir;
}
const edit = (root: string, file: string, change: (text: string) => string) =>
  fs.writeFileSync(path.join(root, file), change(fs.readFileSync(path.join(root, file), "utf8")));

describe("checkSite", () => {
  it("passes a built site whose pages carry their CSP, resolving the relative links", () => {
    expect(checkSite(site({ csp: true }), null).problems).toEqual([]);
  });

  it("fails on every page that next build left without the CSP meta tag", () => {
    const problems = checkSite(site({ csp: false }), null).problems;
    expect(problems.filter((p) => p.includes("no Content-Security-Policy meta tag")).map((p) => p.split(":")[0])).toEqual([
      "CSP on /about",
      "CSP on /",
      "CSP on /models/a",
      "CSP on /models/b",
    ]);
  });

  it("fails on one page whose CSP was stripped", () => {
    const root = site({ csp: true });
    edit(root, "models/b.html", (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ""));
    expect(checkSite(root, null).problems).toEqual([expect.stringMatching(/^CSP on \/models\/b: no Content-Security-Policy meta tag/)]);
  });

  it("reports a broken relative link with the page it is on and the path it resolves to", () => {
    const root = site({ csp: true });
    edit(root, "models/a.html", (html) => html.replace('href="b"', 'href="c"'));
    expect(checkSite(root, null).problems).toEqual([
      "Broken link on /models/a: c (no page or file at /models/c)",
      // /models/b was reachable only through that relative link.
      "Unreachable page: /models/b is not linked from anywhere reachable from the home page.",
    ]);
  });

  it("fails on a page whose link preview lacks its URL, or whose share image is missing", () => {
    const root = site({ csp: true });
    edit(root, "about.html", (html) => html.replace(/<meta property="og:url"[^>]*>/, ""));
    fs.rmSync(path.join(root, "share/site.png"));
    const problems = checkSite(root, null).problems;
    expect(problems).toContain("Link preview of /about lacks og:url");
    expect(problems).toContain("og:image of /models/b is http://localhost:3000/share/site.png, but out/ has no /share/site.png");
  });

  it("with SITE_URL set, fails on a site built for localhost", () => {
    const problems = checkSite(site({ csp: true }), "https://catalog.example").problems;
    expect(problems).toContain("SITE_URL is https://catalog.example but og:url of /about points at http://localhost:3000: was out/ built without SITE_URL?");
    expect(problems).toContain("SITE_URL is https://catalog.example but /robots.txt mentions localhost");
  });

  it("with SITE_URL set, passes a site built for it and fails when one URL names another origin", () => {
    const root = site({ csp: true, origin: "https://catalog.example" });
    expect(checkSite(root, "https://catalog.example").problems).toEqual([]);
    edit(root, "sitemap.xml", (xml) => xml.replace("https://catalog.example/models/a", "https://www.catalog.example/models/a"));
    expect(checkSite(root, "https://catalog.example").problems).toEqual([
      "absolute URLs name 2 origins instead of one: https://catalog.example (e.g. og:url of /about), https://www.catalog.example (e.g. sitemap.xml <loc>)",
      "SITE_URL is https://catalog.example but sitemap.xml <loc> points at https://www.catalog.example",
    ]);
  });
});
