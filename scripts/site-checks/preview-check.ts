import { elements } from "./html-tree";

/**
 * What a link preview (Open Graph, Twitter card) needs from a page: a title, a description, the
 * page's URL and an image. Returns the missing tags, and the image's URL so the caller can check
 * the file exists.
 */
const REQUIRED = ["og:title", "og:description", "og:url", "og:image", "twitter:card", "twitter:title", "twitter:description", "twitter:image"];

export function previewTags(html: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of elements(html)) {
    const key = element.tag === "meta" ? (element.attr("property") ?? element.attr("name")) : null;
    const content = element.attr("content");
    if (key && content && (key.startsWith("og:") || key.startsWith("twitter:")) && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

export function missingPreviewTags(html: string): string[] {
  const tags = previewTags(html);
  return REQUIRED.filter((key) => !tags.get(key)?.trim());
}
