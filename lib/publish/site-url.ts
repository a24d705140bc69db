/**
 * The origin every absolute URL (canonical links, sitemap, robots.txt, link previews) is built on.
 * The local Quick start needs none; a deployment must name its own, or search engines and link
 * previews are told the site lives on localhost.
 */
export const LOCAL_SITE_URL = "http://localhost:3000";

export class SiteUrlError extends Error {}

/** SITE_URL as an origin without a trailing slash; throws a SiteUrlError that names the variable. */
export function parseSiteUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SiteUrlError(`SITE_URL must be an absolute URL such as https://catalog.example.org; received "${value}".`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new SiteUrlError(`SITE_URL must start with https:// or http://; received "${value}".`);
  }
  // Every link in the export is root-relative, so the site must be served from the origin's root.
  if (url.pathname !== "/" || url.search || url.hash) {
    throw new SiteUrlError(`SITE_URL must be an origin with no path, query or fragment (the site is served from /); received "${value}".`);
  }
  return url.origin;
}

/**
 * The site's origin for this build. `deploy` is true for a build meant for publishing
 * (`npm run build:deploy`, or NODE_ENV=production set in the shell): it then refuses to fall back
 * to localhost.
 */
export function siteUrl(env: Record<string, string | undefined>, deploy: boolean): string {
  const value = env.SITE_URL?.trim();
  if (value) return parseSiteUrl(value);
  if (deploy) {
    throw new SiteUrlError(
      "SITE_URL is not set. A deploy build writes absolute URLs (canonical links, sitemap.xml, robots.txt, link previews) " +
        "and would point them at localhost. Set it to the address the site is served from, e.g. " +
        "SITE_URL=https://catalog.example.org npm run build:deploy",
    );
  }
  return LOCAL_SITE_URL;
}

export function isLocalOrigin(origin: string): boolean {
  const host = new URL(origin).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]" || host.endsWith(".localhost");
}
