import { elements } from "./html-tree";
import { contentSecurityPolicy, inlineScriptHashes } from "./csp";

/**
 * Why an exported page's CSP would not protect it, or null when it does. `next build` alone ships
 * pages without the tag (scripts/add-csp.ts adds it afterwards), and a page edited after that step
 * carries hashes of scripts it no longer has; check:site runs this on every page to catch both.
 */
export function cspProblem(html: string): string | null {
  const all = elements(html);
  const metaIndex = all.findIndex((e) => e.tag === "meta" && e.attr("http-equiv")?.toLowerCase() === "content-security-policy");
  if (metaIndex === -1) return "no Content-Security-Policy meta tag (run scripts/add-csp.ts after next build: npm run build does)";
  const meta = all[metaIndex];
  if (!meta.inHead) return "the Content-Security-Policy meta tag is outside <head>, where browsers ignore it";
  if (all.slice(0, metaIndex).some((e) => e.tag === "script")) return "a script comes before the Content-Security-Policy meta tag, so the policy does not cover it";
  if (meta.attr("content") !== contentSecurityPolicy(inlineScriptHashes(html))) {
    return "the Content-Security-Policy does not match the page's inline scripts (the page changed after scripts/add-csp.ts ran)";
  }
  return null;
}
