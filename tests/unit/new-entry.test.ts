import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const script = path.resolve("scripts/new-entry.ts");
const tsx = path.resolve("node_modules/.bin/tsx");
const template = path.resolve("content/models/_template.md");

function project() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "new-entry-"));
  fs.mkdirSync(path.join(dir, "content/models"), { recursive: true });
  fs.copyFileSync(template, path.join(dir, "content/models/_template.md"));
  fs.copyFileSync(template.replace(/\.md$/, ".zh.md"), path.join(dir, "content/models/_template.zh.md"));
  return dir;
}

function run(cwd: string, ...args: string[]) {
  try {
    return { code: 0, output: execFileSync(tsx, [script, ...args], { cwd, encoding: "utf8", stdio: "pipe" }) };
  } catch (error) {
    const failure = error as { status: number; stderr: string };
    return { code: failure.status, output: failure.stderr };
  }
}

describe("npm run new", () => {
  it("starts content/models/<slug>.md and <slug>.zh.md from the templates, named and without their instructions", () => {
    const dir = project();
    const { code, output } = run(dir, "GPT-3.5");
    expect(code).toBe(0);
    expect(output).toContain("content/models/gpt-3-5.md");
    const created = fs.readFileSync(path.join(dir, "content/models/gpt-3-5.md"), "utf8");
    expect(created).toMatch(/^---\nname: "GPT-3\.5"\naliases: \[\]/);
    expect(created).toMatch(/released:\n  date: "YYYY-MM-DD"/);
    expect(created).toContain(`added: "${new Date().toISOString().slice(0, 10)}"`);
    const chinese = fs.readFileSync(path.join(dir, "content/models/gpt-3-5.zh.md"), "utf8");
    expect(chinese).toMatch(/^---\nsummary: ""/);
  });

  it("refuses to overwrite an existing entry, and needs a name", () => {
    const dir = project();
    run(dir, "Sora");
    expect(run(dir, "Sora")).toMatchObject({ code: 1, output: expect.stringContaining("already exists") });
    expect(run(dir)).toMatchObject({ code: 1, output: expect.stringContaining("Give the entry's name") });
  });
});
