import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectContent } from "@/lib/content/load-content";
import { noDescentCycles } from "@/lib/content/rules/no-descent-cycles";
import { successorsAfterPredecessors } from "@/lib/content/rules/successors-after-predecessors";
import { contentWithCase } from "./fixture-content";

const TODAY = new Date("2026-01-01T00:00:00Z");

/** The valid fixture with one front-matter line of one entry rewritten. */
function withEdit(file: string, from: string, to: string) {
  const dir = contentWithCase("no-prose");
  fs.rmSync(path.join(dir, "models/delta-model.md"));
  const target = path.join(dir, "models", file);
  const text = fs.readFileSync(target, "utf8");
  expect(text).toContain(from);
  fs.writeFileSync(target, text.replace(from, to));
  return { content: collectContent(dir, TODAY).content, today: TODAY };
}

describe("successors come after their predecessors", () => {
  it("lets a year-only date pass against a day in the same year: either order is possible", () => {
    const context = withEdit("beta-lm.md", 'date: "2023-03-14"', 'date: "2012"');
    expect(successorsAfterPredecessors(context)).toEqual([]);
  });

  it("flags a successor from an earlier year than its predecessor's month", () => {
    const context = withEdit("beta-lm.md", 'date: "2023-03-14"', 'date: "2011"');
    expect(successorsAfterPredecessors(context)).toHaveLength(1);
  });

  it("skips an entry whose release date is unknown", () => {
    const context = withEdit("beta-lm.md", 'date: "2023-03-14"\n  source: paper', 'date: unknown\n  reason: "no source dates the fixture"');
    expect(successorsAfterPredecessors(context)).toEqual([]);
  });
});

describe("no cycles of descent", () => {
  it("reports a two-entry loop once, naming both relations", () => {
    const context = withEdit("alpha-net.md", 'openWeights: "yes"', 'openWeights: "yes"\nrelated:\n  - type: variant-of\n    slug: beta-lm');
    const problems = noDescentCycles(context);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/alpha-net variant-of beta-lm, beta-lm successor-of alpha-net\./);
  });

  it("ignores relations that are not descent (powered-by, uses) even when they point back", () => {
    const context = withEdit("alpha-net.md", 'openWeights: "yes"', 'openWeights: "yes"\nrelated:\n  - type: uses\n    slug: beta-lm');
    expect(noDescentCycles(context)).toEqual([]);
  });
});
