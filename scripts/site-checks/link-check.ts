/**
 * Link integrity for the exported site: every internal link and #anchor resolves, and every page
 * can be reached from the home page. Pure, so it is tested on small hand-made sites.
 */
import { elements } from "./html-tree";

export type SitePage = { links: string[]; ids: Set<string> };
export type Site = {
  /** HTML pages by URL path ("/", "/models/gpt-4"), as served with clean URLs and no trailing slash. */
  pages: Map<string, SitePage>;
  /** Every other file the site serves, by URL path ("/catalog.json"). */
  files: Set<string>;
};
export type LinkProblem = { page: string; link: string; reason: string };

// A stand-in origin: links are resolved the way a browser on the page would resolve them, and a
// link is internal when it stays on this origin.
const ORIGIN = "http://site.invalid";

/** Where a link on `page` leads, in the same form as the keys of `site.pages`; null when it leaves the site. */
export function resolveLink(page: string, link: string): { path: string; hash: string } | null {
  let url: URL;
  try {
    url = new URL(link, `${ORIGIN}${page}`);
  } catch {
    return null;
  }
  if (url.origin !== ORIGIN) return null;
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/$/, "") : "/";
  return { path: decodeURIComponent(path), hash: decodeURIComponent(url.hash.slice(1)) };
}

export function checkLinks(site: Site, exempt: string[] = []): { broken: LinkProblem[]; unreachable: string[] } {
  const broken: LinkProblem[] = [];
  for (const [page, { links }] of site.pages) {
    for (const link of links) {
      const target = resolveLink(page, link);
      if (!target) continue;
      const { path, hash } = target;
      const targetPage = site.pages.get(path);
      if (!targetPage && !site.files.has(path)) broken.push({ page, link, reason: `no page or file at ${path}` });
      else if (hash && targetPage && !targetPage.ids.has(hash)) broken.push({ page, link, reason: `${path} has no element with id "${hash}"` });
    }
  }

  const seen = new Set<string>(["/"]);
  const queue = ["/"];
  while (queue.length > 0) {
    const page = queue.shift()!;
    for (const link of site.pages.get(page)?.links ?? []) {
      const path = resolveLink(page, link)?.path;
      if (path && site.pages.has(path) && !seen.has(path)) {
        seen.add(path);
        queue.push(path);
      }
    }
  }
  const unreachable = [...site.pages.keys()].filter((path) => !seen.has(path) && !exempt.includes(path));
  return { broken, unreachable };
}

/** The hrefs of a document's <a> elements (entities decoded by the parser) and its element ids. */
export function parseHtml(html: string): SitePage {
  const links: string[] = [];
  const ids = new Set<string>();
  for (const element of elements(html)) {
    const href = element.tag === "a" ? element.attr("href") : null;
    if (href !== null) links.push(href);
    const id = element.attr("id");
    if (id !== null) ids.add(id);
  }
  return { links, ids };
}
