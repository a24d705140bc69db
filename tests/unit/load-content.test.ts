import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectContent, loadContent } from "@/lib/load-content";
import { ContentValidationError } from "@/lib/content-errors";
import { contentWithCase, INVALID_FIXTURES, VALID_FIXTURE } from "./fixture-content";

const TODAY = new Date("2026-01-01T00:00:00Z");

describe("loading valid content", () => {
  it("reads every collection, with the slug taken from the file name", () => {
    const content = loadContent(VALID_FIXTURE, TODAY);
    expect(content.models.map((model) => model.slug)).toEqual(["alpha-net", "beta-lm", "gamma-chat"]);
    expect(content.modalities).toHaveLength(4);
    expect(content.eras).toHaveLength(2);
    expect(content.milestones[0].slug).toBe("big-event");
    expect(content.pages[0].data.title).toBe("About");
  });

  it("keeps dates as the strings written and fills defaults", () => {
    const alpha = loadContent(VALID_FIXTURE, TODAY).models.find((model) => model.slug === "alpha-net")!;
    expect(alpha.data.released).toBe("2012-09");
    expect(alpha.data.related).toEqual([]);
    expect(alpha.body).toContain("Alpha Net prose");
  });

  it("ignores template files whose names start with an underscore", () => {
    const dir = contentWithCase("no-prose");
    fs.renameSync(path.join(dir, "models/delta-model.md"), path.join(dir, "models/_template.md"));
    expect(collectContent(dir, TODAY).problems).toEqual([]);
  });
});

// Each invalid fixture breaks one rule; its message must name the file and the field.
const CASES: { name: string; file: string; field: string; says: RegExp }[] = [
  { name: "missing-field", file: "delta-model.md", field: "released", says: /required but missing/ },
  { name: "unknown-field", file: "delta-model.md", field: "", says: /unknown field "relesed" \(did you mean "released"\?\)/ },
  { name: "bad-date-format", file: "delta-model.md", field: "released", says: /YYYY, YYYY-MM or YYYY-MM-DD; received the text "2020\/05\/01"/ },
  { name: "unquoted-year", file: "delta-model.md", field: "released", says: /in quotes.*received the number 2020/ },
  { name: "future-date", file: "delta-model.md", field: "released", says: /in the future/ },
  { name: "impossible-date", file: "delta-model.md", field: "released", says: /does not exist/ },
  { name: "bad-kind", file: "delta-model.md", field: "kind", says: /one of "model", "product", "technique", "dataset"; received the text "app"/ },
  { name: "guessed-parameters", file: "delta-model.md", field: "parameters", says: /whole number.*"undisclosed".*received the text "about 100B"/ },
  { name: "unknown-modality", file: "delta-model.md", field: "modalities.output[0]", says: /"smell", which does not exist/ },
  { name: "derived-modality", file: "delta-model.md", field: "modalities.output[0]", says: /derived and cannot be listed/ },
  { name: "unknown-related", file: "delta-model.md", field: "related[0].slug", says: /no content\/models\/no-such-model\.md/ },
  { name: "duplicate-alias", file: "delta-model.md", field: "aliases[0]", says: /alpha-net\.md already uses as "Alpha Net"/ },
  { name: "non-http-source", file: "delta-model.md", field: "sources[0].url", says: /http\(s\) URL; received the text "javascript:alert\(1\)"/ },
  { name: "no-sources", file: "delta-model.md", field: "sources", says: /at least one source/ },
  { name: "broken-yaml", file: "delta-model.md", field: "", says: /not valid YAML at line \d+/ },
  { name: "empty-file", file: "delta-model.md", field: "", says: /is empty/ },
  { name: "no-front-matter", file: "delta-model.md", field: "", says: /has no front matter/ },
  { name: "no-prose", file: "delta-model.md", field: "", says: /has no prose/ },
  { name: "bad-file-name", file: "Delta_Model.md", field: "", says: /not a valid slug/ },
  { name: "broken-prose-link", file: "alpha-net.md", field: "", says: /links to \/models\/beta-lmm in its prose/ },
  { name: "reserved-slug", file: "page.md", field: "", says: /reserves for \/models\/page/ },
  { name: "overlapping-eras", file: "middle.md", field: "end", says: /overlaps .*late\.md/ },
];

describe("invalid content", () => {
  it("has a test case for every invalid fixture", () => {
    expect(fs.readdirSync(INVALID_FIXTURES).sort()).toEqual(CASES.map((c) => c.name).sort());
  });

  it.each(CASES)("$name: names the file and the field", ({ name, file, field, says }) => {
    const { problems } = collectContent(contentWithCase(name), TODAY);
    const problem = problems.find((p) => p.file.endsWith(file) && p.field === field && says.test(p.message));
    expect(problem, JSON.stringify(problems, null, 2)).toBeDefined();
  });

  it("collects every problem before failing, and throws them together", () => {
    const dir = contentWithCase("bad-kind");
    fs.cpSync(path.join(INVALID_FIXTURES, "unknown-related/models/delta-model.md"), path.join(dir, "models/epsilon.md"));
    fs.writeFileSync(path.join(dir, "models/zeta.md"), "");
    expect(() => loadContent(dir, TODAY)).toThrow(ContentValidationError);
    try {
      loadContent(dir, TODAY);
    } catch (error) {
      const problems = (error as ContentValidationError).problems;
      expect(problems.map((p) => path.basename(p.file)).sort()).toEqual(["delta-model.md", "epsilon.md", "zeta.md"]);
      expect((error as Error).message).toMatch(/^Found 3 content errors/);
    }
  });
});

describe("npm run validate", () => {
  const run = (dir: string) => {
    try {
      return { code: 0, output: execFileSync("npx", ["tsx", "scripts/validate.ts", dir], { encoding: "utf8", stdio: "pipe" }) };
    } catch (error) {
      const failure = error as { status: number; stderr: string };
      return { code: failure.status, output: failure.stderr };
    }
  };

  it("exits 0 and counts the entries on valid content", () => {
    const { code, output } = run(VALID_FIXTURE);
    expect(code).toBe(0);
    expect(output).toContain("3 entries");
  });

  it("exits non-zero and prints each error with the file and the field", () => {
    const { code, output } = run(contentWithCase("guessed-parameters"));
    expect(code).toBe(1);
    expect(output).toMatch(/Found 1 content error\./);
    expect(output).toMatch(/delta-model\.md: field "parameters"/);
  });
});
