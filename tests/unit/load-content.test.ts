import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectContent, loadContent } from "@/lib/content/load-content";
import { ContentValidationError } from "@/lib/content/content-errors";
import { CONTENT_RULES } from "@/lib/content/rules";
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
    expect(alpha.data.released).toEqual({ date: "2012-09", source: "paper" });
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
  { name: "bad-date-format", file: "delta-model.md", field: "released.date", says: /YYYY, YYYY-MM or YYYY-MM-DD; received the text "2020\/05\/01"/ },
  { name: "unquoted-year", file: "delta-model.md", field: "released.date", says: /in quotes.*received the number 2020/ },
  { name: "future-date", file: "delta-model.md", field: "released.date", says: /in the future/ },
  { name: "impossible-date", file: "delta-model.md", field: "released.date", says: /does not exist/ },
  { name: "bad-kind", file: "delta-model.md", field: "kind", says: /one of "model", "product", "technique", "dataset"; received the text "app"/ },
  { name: "guessed-parameters", file: "delta-model.md", field: "parameters", says: /whole number.*undisclosed.*never a guess; received the value \{"value":"about 100B"/ },
  { name: "unknown-modality", file: "delta-model.md", field: "modalities.output[0]", says: /"smell", which does not exist/ },
  { name: "derived-modality", file: "delta-model.md", field: "modalities.output[0]", says: /derived and cannot be listed/ },
  { name: "unknown-related", file: "delta-model.md", field: "related[0].slug", says: /no content\/models\/no-such-model\.md/ },
  { name: "descent-cycle", file: "alpha-net.md", field: "related[0]", says: /cycle of descent: alpha-net based-on delta-model, delta-model variant-of beta-lm, beta-lm successor-of alpha-net\./ },
  { name: "powered-by-non-model", file: "delta-model.md", field: "related[0].slug", says: /"gamma-chat", a product, but powered-by must name a model/ },
  { name: "successor-released-earlier", file: "delta-model.md", field: "related[0].slug", says: /successor of "beta-lm", released 14 March 2023, but this entry was released earlier \(1 May 2020\)/ },
  { name: "updated-before-added", file: "delta-model.md", field: "updated.date", says: /is 1 June 2025, before the entry was added \(1 July 2025\)/ },
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
  { name: "prose-too-short", file: "delta-model.md", field: "", says: /has 8 words of prose; an entry needs 120 to 400/ },
  { name: "prose-too-long", file: "delta-model.md", field: "", says: /has \d{3} words of prose; an entry needs 120 to 400/ },
  { name: "unknown-field-source", file: "delta-model.md", field: "parameters.source", says: /"blog", which is not the id of any listed source/ },
  { name: "unknown-citation", file: "delta-model.md", field: "", says: /cites \[\^press\] in its prose, but no listed source has the id "press"/ },
  { name: "unused-source", file: "delta-model.md", field: "sources[1]", says: /"extra", which no field and no \[\^extra\] citation uses/ },
  { name: "duplicate-source-id", file: "delta-model.md", field: "sources[1].id", says: /an earlier source already uses/ },
  { name: "uncited-figure", file: "delta-model.md", field: "", says: /states "400 million" without citing a source/ },
  { name: "unknown-date-without-reason", file: "delta-model.md", field: "released.reason", says: /required but missing/ },
  { name: "mixture-of-experts-without-active", file: "delta-model.md", field: "parameters.active", says: /required but missing/ },
  { name: "unknown-organization", file: "delta-model.md", field: "organizations[0]", says: /"lab-four", but there is no valid content\/organizations\/lab-four\.md/ },
  { name: "bad-country", file: "lab-three.md", field: "country", says: /ISO 3166-1 alpha-2.*received the text "France"/ },
  { name: "model-weights-not-applicable", file: "delta-model.md", field: "openWeights", says: /a model either has open weights or not/ },
  { name: "translation-of-unknown-entry", file: "epsilon.zh.md", field: "", says: /translates "epsilon", but there is no content\/models\/epsilon\.md/ },
  { name: "translation-citations-differ", file: "delta-model.zh.md", field: "", says: /does not cite \[\^paper\]/ },
  { name: "missing-translation", file: "delta-model.md", field: "", says: /has no Chinese text: write content\/models\/delta-model\.zh\.md/ },
  { name: "translation-name-not-alias", file: "delta-model.zh.md", field: "name", says: /"德尔塔", which .* does not list among its aliases/ },
];

describe("every content rule has a fixture", () => {
  it("names, for each rule in lib/content/rules, at least one invalid fixture that breaks it", () => {
    const RULE_FIXTURES: Record<keyof typeof CONTENT_RULES, string[]> = {
      reservedSlugs: ["reserved-slug"],
      modalityReferences: ["unknown-modality", "derived-modality"],
      relatedEntries: ["unknown-related"],
      noDescentCycles: ["descent-cycle"],
      poweredByModels: ["powered-by-non-model"],
      successorsAfterPredecessors: ["successor-released-earlier"],
      organizationReferences: ["unknown-organization"],
      realDates: ["future-date", "impossible-date"],
      changeDates: ["updated-before-added"],
      openWeightsForModels: ["model-weights-not-applicable"],
      uniqueNames: ["duplicate-alias"],
      erasDoNotOverlap: ["overlapping-eras"],
      proseLinks: ["broken-prose-link"],
      proseLength: ["prose-too-short", "prose-too-long"],
      fieldSources: ["unknown-field-source", "duplicate-source-id"],
      proseCitations: ["unknown-citation", "unused-source", "uncited-figure"],
      translations: ["missing-translation", "translation-of-unknown-entry", "translation-citations-differ", "translation-name-not-alias"],
    };
    expect(Object.keys(RULE_FIXTURES).sort()).toEqual(Object.keys(CONTENT_RULES).sort());
    for (const [rule, fixtures] of Object.entries(RULE_FIXTURES)) {
      for (const fixture of fixtures) {
        const content = collectContent(contentWithCase(fixture), TODAY).content;
        expect(CONTENT_RULES[rule as keyof typeof CONTENT_RULES]({ content, today: TODAY }), `${rule} on ${fixture}`).not.toEqual([]);
      }
    }
  });
});

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
      // epsilon.md also lacks its Chinese text: two problems, one file.
      expect([...new Set(problems.map((p) => path.basename(p.file)))].sort()).toEqual(["delta-model.md", "epsilon.md", "zeta.md"]);
      expect((error as Error).message).toMatch(/^Found 4 content errors/);
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
