/**
 * The response headers of serve.json (what `npm start` sends) as a `_headers` file, the format
 * Netlify and Cloudflare Pages read from the published directory. Generated at build time so the
 * two cannot drift apart.
 */
export type ServeConfig = { headers?: { source: string; headers: { key: string; value: string }[] }[] };

/** serve.json's glob ("**\/*", "_next/static/**") as a _headers path pattern ("/*", "/_next/static/*"). */
export function headersPath(source: string): string {
  const path = `/${source.replace(/^\/+/, "")}`.replace(/\*\*\/\*$|\*\*$/, "*");
  if (path.includes("**")) throw new Error(`serve.json header source "${source}" has a "**" that _headers cannot express`);
  return path;
}

export function headersFile(config: ServeConfig): string {
  const blocks = (config.headers ?? []).map(
    (rule) => `${headersPath(rule.source)}\n${rule.headers.map((header) => `  ${header.key}: ${header.value}`).join("\n")}`,
  );
  return `# Generated from serve.json by scripts/write-headers.ts (Netlify, Cloudflare Pages).\n${blocks.join("\n\n")}\n`;
}
