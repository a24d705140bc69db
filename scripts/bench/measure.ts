import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function time<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function sizes(buffers: Buffer[]): { raw: number; gzip: number } {
  return buffers.reduce(
    (sum, buffer) => ({ raw: sum.raw + buffer.length, gzip: sum.gzip + gzipSync(buffer, { level: 9 }).length }),
    { raw: 0, gzip: 0 },
  );
}

export type RouteBytes = { html: { raw: number; gzip: number }; js: { raw: number; gzip: number }; css: { raw: number; gzip: number }; scripts: string[] };

/** What a route loads before interaction: its HTML, and the scripts and stylesheets that HTML names. */
export function routeBytes(outDir: string, htmlFile: string): RouteBytes {
  const html = fs.readFileSync(path.join(outDir, htmlFile));
  const text = html.toString("utf8");
  // nomodule scripts (legacy polyfills) are never fetched by the browsers the site supports.
  const scripts = [...new Set([...text.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1] + m[3])).map((m) => m[2]))];
  const styles = [...new Set([...text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+)"[^>]*rel="stylesheet"/g)].map((m) => m[1] ?? m[2]))];
  const read = (url: string) => fs.readFileSync(path.join(outDir, url.split("?")[0]));
  return { html: sizes([html]), js: sizes(scripts.map(read)), css: sizes(styles.map(read)), scripts };
}
