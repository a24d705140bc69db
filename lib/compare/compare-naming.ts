/**
 * How a comparison is named, in the browser (/compare?models=…) and on the static comparison pages
 * (/compare/gpt-4-vs-palm-e) alike: no catalog imports, so the client bundle stays small. `page` is the
 * page's name in the reader's language ("对比" in Chinese); "vs" reads the same in both.
 */
export function compareTitle(names: readonly string[], page = "Compare"): string {
  return names.length > 0 ? `${names.join(" vs ")} · ${page}` : page;
}

/** "/compare/gpt-4-vs-palm-e": the static page of a suggested comparison. */
export function comparePagePath(slugs: readonly string[]): string {
  return `/compare/${slugs.join("-vs-")}`;
}
