import { createHash } from "node:crypto";

/**
 * A static export has no server to send a nonce, and Next.js inlines small bootstrap scripts, so
 * each page carries a CSP meta tag that allows exactly its own inline scripts by hash.
 * frame-ancestors cannot be set from a meta tag: hosts send it as a header (README, serve.json).
 */
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, body] of html.matchAll(INLINE_SCRIPT)) {
    if (body.length > 0) hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

export function contentSecurityPolicy(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(" ")}`.trim(),
    // React and the SVG charts set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** The page with its CSP meta tag as the first element of <head>, so it governs every script. */
export function withContentSecurityPolicy(html: string): string {
  const withoutOld = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlineScriptHashes(withoutOld))}">`;
  return withoutOld.replace(/<head([^>]*)>/, `<head$1>${meta}`);
}
