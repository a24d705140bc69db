/**
 * Link integrity for the exported site: every internal link and #anchor resolves, and every page
 * can be reached from the home page. Pure, so it is tested on small hand-made sites.
 */
export type SitePage = { links: string[]; ids: Set<string> };
export type Site = {
  /** HTML pages by URL path ("/", "/models/gpt-4"). */
  pages: Map<string, SitePage>;
  /** Every other file the site serves, by URL path ("/catalog.json"). */
  files: Set<string>;
};
export type LinkProblem = { page: string; link: string; reason: string };

const INTERNAL = /^(?:\/(?!\/)|#)/;

/** The page a link leads to, in the same form as the keys of `site.pages`. */
function resolve(from: string, link: string): { path: string; hash: string } {
  const url = new URL(link, `http://site${from}`);
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/$/, "") : "/";
  return { path, hash: decodeURIComponent(url.hash.slice(1)) };
}

export function checkLinks(site: Site, exempt: string[] = []): { broken: LinkProblem[]; unreachable: string[] } {
  const broken: LinkProblem[] = [];
  for (const [page, { links }] of site.pages) {
    for (const link of links) {
      if (!INTERNAL.test(link)) continue;
      const { path, hash } = resolve(page, link);
      const target = site.pages.get(path);
      if (!target && !site.files.has(path)) broken.push({ page, link, reason: `no page or file at ${path}` });
      else if (hash && target && !target.ids.has(hash)) broken.push({ page, link, reason: `${path} has no element with id "${hash}"` });
    }
  }

  const seen = new Set<string>(["/"]);
  const queue = ["/"];
  while (queue.length > 0) {
    const page = site.pages.get(queue.shift()!);
    for (const link of page?.links ?? []) {
      if (!INTERNAL.test(link)) continue;
      const { path } = resolve("/", link);
      if (site.pages.has(path) && !seen.has(path)) {
        seen.add(path);
        queue.push(path);
      }
    }
  }
  const unreachable = [...site.pages.keys()].filter((path) => !seen.has(path) && !exempt.includes(path));
  return { broken, unreachable };
}

/** Links and ids of one HTML document. Our own generated HTML quotes every attribute. */
export function parseHtml(html: string): SitePage {
  const links = [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((match) => decodeEntities(match[1]));
  const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => decodeEntities(match[1])));
  return { links, ids };
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}
