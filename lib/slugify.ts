/** The file-name slug for a name: GPT-3.5 → gpt-3-5, copy.ai → copy-ai, DALL·E 2 → dall-e-2. */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
