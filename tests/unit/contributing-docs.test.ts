import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { modelFrontMatter, organizationFrontMatter } from "@/lib/content/schema";
import { ARCHITECTURES, ENTRY_KINDS, OPEN_WEIGHTS, ORGANIZATION_TYPES, RELATION_TYPES, TRAINING_DATA_UNITS } from "@/lib/content/vocabulary";

// CONTRIBUTING.md and the template describe the schema in prose; these checks keep them in step with
// lib/content/schema.ts and lib/content/vocabulary.ts, so a new field or value cannot go undocumented.
const guide = fs.readFileSync("CONTRIBUTING.md", "utf8");
const template = fs.readFileSync("content/models/_template.md", "utf8");

describe("CONTRIBUTING.md and the template follow the schema", () => {
  it("documents every model field in the field table", () => {
    const undocumented = Object.keys(modelFrontMatter.shape).filter((key) => !guide.includes(`| \`${key}`));
    expect(undocumented).toEqual([]);
  });

  it("lists every allowed value of every enumerated field", () => {
    const vocabularies = { ARCHITECTURES, ENTRY_KINDS, OPEN_WEIGHTS, ORGANIZATION_TYPES, RELATION_TYPES, TRAINING_DATA_UNITS };
    const missing = Object.entries(vocabularies).flatMap(([name, values]) => values.filter((value) => !guide.includes(`\`${value}\``) && !guide.includes(`\`"${value}"\``)).map((value) => `${name}: ${value}`));
    expect(missing).toEqual([]);
  });

  it("documents every organization field", () => {
    expect(Object.keys(organizationFrontMatter.shape).filter((key) => !new RegExp(`^${key}:`, "m").test(guide))).toEqual([]);
  });

  it("starts every required model field in the template", () => {
    const required = Object.entries(modelFrontMatter.shape).filter(([, schema]) => !schema.safeParse(undefined).success).map(([key]) => key);
    expect(required.filter((key) => !new RegExp(`^${key}:`, "m").test(template))).toEqual([]);
  });
});
