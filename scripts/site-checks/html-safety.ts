/**
 * Static checks on exported HTML that the CSP relies on: no inline event handlers (a hash-based
 * policy would block them, and they are an injection foothold), and external links that cannot
 * reach back into the page (rel="noopener noreferrer").
 */
export function inlineEventHandlers(html: string): string[] {
  // Attributes inside tags only; text such as "onerror=" inside a <script> or prose is not an attribute.
  const tags = html.replace(/<script\b[\s\S]*?<\/script>/g, "").match(/<[a-zA-Z][^>]*>/g) ?? [];
  return tags.flatMap((tag) => [...tag.matchAll(/\s(on[a-z]+)\s*=/gi)].map((match) => `${match[1]} in ${tag.slice(0, 80)}`));
}

export function externalLinksWithoutNoopener(html: string): string[] {
  const anchors = html.match(/<a\b[^>]*\shref="https?:\/\/[^"]*"[^>]*>/g) ?? [];
  return anchors.filter((anchor) => {
    const rel = anchor.match(/\srel="([^"]*)"/)?.[1].split(/\s+/) ?? [];
    return !(rel.includes("noopener") && rel.includes("noreferrer"));
  });
}
