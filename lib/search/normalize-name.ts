/**
 * The form in which two spellings of one name compare equal: case, spaces, hyphens, dots,
 * middle dots, underscores, slashes and accents are ignored ("DALL·E" = "dall-e" = "dalle"), and so
 * are full-width forms and Chinese punctuation ("ＧＰＴ－４" = "gpt4", "文心・一言" = "文心一言").
 * Search and the duplicate-name check both use it, so they never disagree.
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s\-‐‑‒–—._·•'’/+:,()、。・“”‘《》「」]/g, "");
}
