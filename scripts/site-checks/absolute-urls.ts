import { elements } from "./html-tree";
import { isLocalOrigin } from "@/lib/publish/site-url";

/**
 * The absolute URLs a crawler or a link preview trusts: each page's canonical link and og:url, the
 * sitemap's <loc>s and robots.txt's Sitemap line. They must all name one origin, and a deployed
 * site (SITE_URL set) must not name localhost.
 */
export type AbsoluteUrl = { where: string; url: string };

export function pageAbsoluteUrls(page: string, html: string): AbsoluteUrl[] {
  const found: AbsoluteUrl[] = [];
  for (const element of elements(html)) {
    if (element.tag === "link" && element.attr("rel")?.split(/\s+/).includes("canonical")) {
      found.push({ where: `canonical of ${page}`, url: element.attr("href") ?? "" });
    }
    if (element.tag === "meta" && element.attr("property") === "og:url") {
      found.push({ where: `og:url of ${page}`, url: element.attr("content") ?? "" });
    }
  }
  return found;
}

export function sitemapAbsoluteUrls(xml: string): AbsoluteUrl[] {
  return [...xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)].map((match) => ({ where: "sitemap.xml <loc>", url: decodeXml(match[1]) }));
}

export function robotsAbsoluteUrls(text: string): AbsoluteUrl[] {
  return [...text.matchAll(/^\s*sitemap:\s*(\S+)/gim)].map((match) => ({ where: "robots.txt Sitemap", url: match[1] }));
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** Problems with the site's absolute URLs; `siteUrl` is SITE_URL's origin when it is set. */
export function absoluteUrlProblems(urls: AbsoluteUrl[], siteUrl: string | null): string[] {
  const problems: string[] = [];
  const byOrigin = new Map<string, AbsoluteUrl>();
  for (const item of urls) {
    const origin = originOf(item.url);
    if (!origin) problems.push(`${item.where} is not an absolute http(s) URL: "${item.url}"`);
    else if (!byOrigin.has(origin)) byOrigin.set(origin, item);
  }
  if (byOrigin.size > 1) {
    const examples = [...byOrigin].map(([origin, item]) => `${origin} (e.g. ${item.where})`).join(", ");
    problems.push(`absolute URLs name ${byOrigin.size} origins instead of one: ${examples}`);
  }
  if (siteUrl) {
    for (const [origin, item] of byOrigin) {
      if (isLocalOrigin(origin)) problems.push(`SITE_URL is ${siteUrl} but ${item.where} points at ${origin}: was out/ built without SITE_URL?`);
      else if (origin !== siteUrl) problems.push(`SITE_URL is ${siteUrl} but ${item.where} points at ${origin}`);
    }
  }
  return problems;
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}
