import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import yaml from "js-yaml";
import type { z } from "zod";
import { SLUG_PATTERN } from "@/lib/content/schema";
import { type ContentProblem, problemsFromZod } from "@/lib/content/content-errors";

export type ContentFile<T> = {
  slug: string;
  /** Path shown in messages, relative to the working directory when possible. */
  file: string;
  data: T;
  /** Markdown below the front matter, not yet rendered. */
  body: string;
};

// JSON_SCHEMA keeps `2023-03-14` a string instead of turning it into a Date at midnight UTC.
const matterOptions = {
  engines: { yaml: (text: string) => yaml.load(text, { schema: yaml.JSON_SCHEMA }) as object },
};

export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? file : relative;
}

type ReadOptions = {
  requireBody: boolean;
  /** Read the translations (`<slug>.zh.md`) instead of the English files, which skip them. */
  language?: "zh";
};

const TRANSLATION_SUFFIX = /\.zh\.md$/;

/**
 * Reads every `*.md` file of one folder and validates its front matter.
 * Problems are appended to `problems` instead of thrown, so one run reports every broken file.
 * Files whose name starts with `_` (templates) are not content.
 */
export function readCollection<S extends z.ZodType>(
  folder: string,
  schema: S,
  problems: ContentProblem[],
  options: ReadOptions,
): ContentFile<z.output<S>>[] {
  if (!fs.existsSync(folder)) {
    problems.push({ file: displayPath(folder), field: "", message: "is missing: this content folder must exist." });
    return [];
  }
  const entries: ContentFile<z.output<S>>[] = [];
  for (const name of fs.readdirSync(folder).sort()) {
    if (name.startsWith("_") || name.startsWith(".")) continue;
    const fullPath = path.join(folder, name);
    const file = displayPath(fullPath);
    if (fs.statSync(fullPath).isDirectory()) continue;
    if (TRANSLATION_SUFFIX.test(name) !== (options.language === "zh")) continue;
    if (!name.endsWith(".md")) {
      problems.push({ file, field: "", message: "is not a Markdown file. Content files must end in .md." });
      continue;
    }
    const entry = readOne(fullPath, file, schema, problems, options);
    if (entry) entries.push(entry);
  }
  return entries;
}

function readOne<S extends z.ZodType>(
  fullPath: string,
  file: string,
  schema: S,
  problems: ContentProblem[],
  options: ReadOptions,
): ContentFile<z.output<S>> | undefined {
  const slug = path.basename(fullPath).replace(TRANSLATION_SUFFIX, "").replace(/\.md$/, "");
  const text = fs.readFileSync(fullPath, "utf8");
  const fail = (message: string, field = "") => {
    problems.push({ file, field, message });
    return undefined;
  };

  if (!SLUG_PATTERN.test(slug)) {
    fail(`has a file name that is not a valid slug. Use lowercase ASCII letters and digits joined by hyphens, e.g. "gpt-3-5.md".`);
  }
  if (text.trim() === "") return fail("is empty. It needs front matter between two `---` lines, then prose.");
  if (!/^\uFEFF?---\r?\n/.test(text)) {
    return fail("has no front matter. The file must start with a `---` line, the fields in YAML, then another `---` line.");
  }

  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, matterOptions);
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const where = mark ? ` at line ${mark.line + 2}, column ${mark.column + 1}` : "";
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    return fail(`has front matter that is not valid YAML${where}: ${reason}.`);
  }

  const data = parsed.data;
  if (data === null || typeof data !== "object" || Array.isArray(data) || Object.keys(data).length === 0) {
    return fail("has empty front matter. List the fields between the `---` lines (see CONTRIBUTING.md).");
  }
  const body = parsed.content.trim();
  if (options.requireBody && body === "") fail("has no prose. Write the entry's text below the front matter.", "");

  const result = schema.safeParse(data);
  if (!result.success) {
    problems.push(...problemsFromZod(file, data, result.error, schema));
    return undefined;
  }
  return { slug, file, data: result.data, body };
}
