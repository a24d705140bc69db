import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Client components run in the browser. What they import, directly or through other modules, is
// shipped there: the content loader (gray-matter, zod, the file system), the Markdown renderer or
// every language's messages must never be among it. (The `server-only` package would say the same
// at build time, but it breaks tsx and vitest, which load lib/ outside Next.)
const SERVER_ONLY = [
  /^lib\/content\/(?!vocabulary\.ts$)/, // vocabulary.ts is the enum values alone, kept client-safe on purpose
  /^lib\/catalog\.ts$/,
  /^lib\/markdown\.ts$/,
  /^lib\/i18n\/messages\//,
  /^lib\/i18n\/request-locale\.ts$/,
  /^node:/,
  /^(fs|path|gray-matter|zod|remark.*)$/,
];

const ROOT = process.cwd();
const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

function resolve(from: string, specifier: string): string {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.join(path.dirname(from), specifier);
  else return specifier; // a package
  for (const extension of EXTENSIONS) {
    const candidate = `${base}${extension}`;
    if (fs.existsSync(path.join(ROOT, candidate)) && fs.statSync(path.join(ROOT, candidate)).isFile()) return candidate;
  }
  return base;
}

/** Value imports only: `import type` and `export type` never reach the browser. */
function importsOf(file: string): string[] {
  const source = fs.readFileSync(path.join(ROOT, file), "utf8");
  const specifiers = [...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?["']([^"']+)["']/gm)].map((match) => match[1]);
  const dynamic = [...source.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
  return [...specifiers, ...dynamic].map((specifier) => resolve(file, specifier));
}

function clientFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (/\.tsx?$/.test(entry.name) && /^\s*["']use client["']/.test(fs.readFileSync(path.join(ROOT, relative), "utf8"))) files.push(relative);
    }
  };
  for (const dir of ["app", "components", "lib"]) walk(dir);
  return files;
}

/** The chain of imports from `start` to the first server-only module it reaches, if any. */
function serverOnlyChain(start: string): string[] | null {
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]): string[] | null => {
    if (SERVER_ONLY.some((pattern) => pattern.test(file))) return [...chain, file];
    if (seen.has(file) || !/\.tsx?$/.test(file)) return null;
    seen.add(file);
    for (const next of importsOf(file)) {
      const found = visit(next, [...chain, file]);
      if (found) return found;
    }
    return null;
  };
  return visit(start, []);
}

describe("the client boundary", () => {
  const files = clientFiles();

  it("finds the client components", () => {
    expect(files).toContain("components/models-browser.tsx");
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)("%s reaches no server-only module", (file) => {
    expect(serverOnlyChain(file)).toBeNull();
  });

  it("notices a client module that imports the content loader through another module", () => {
    const dir = fs.mkdtempSync(path.join(ROOT, "components/.boundary-test-"));
    try {
      const relative = path.relative(ROOT, dir);
      fs.writeFileSync(path.join(dir, "helper.ts"), 'import { getCatalog } from "@/lib/catalog";\nexport const x = getCatalog;\n');
      fs.writeFileSync(path.join(dir, "widget.tsx"), '"use client";\nimport { x } from "./helper";\nexport const y = x;\n');
      expect(serverOnlyChain(`${relative}/widget.tsx`)).toEqual([`${relative}/widget.tsx`, `${relative}/helper.ts`, "lib/catalog.ts"]);
    } finally {
      fs.rmSync(dir, { recursive: true });
    }
  });
});
