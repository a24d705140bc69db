/**
 * How a comparison is named, in the browser (/compare?models=…) and on the static comparison pages
 * (/compare/gpt-4-vs-palm-e) alike: no catalog imports, so the client bundle stays small.
 */
export function compareTitle(names: readonly string[]): string {
  return names.length > 0 ? `${names.join(" vs ")} · Compare` : "Compare";
}

/** "/compare/gpt-4-vs-palm-e": the static page of a suggested comparison. */
export function comparePagePath(slugs: readonly string[]): string {
  return `/compare/${slugs.join("-vs-")}`;
}
