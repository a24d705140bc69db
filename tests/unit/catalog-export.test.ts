import { describe, expect, it } from "vitest";
import { buildCatalog } from "@/lib/catalog";
import { loadContent } from "@/lib/content/load-content";
import { buildCatalogExport, buildCatalogJsonSchema, catalogExportSchema } from "@/lib/publish/catalog-export";
import { VALID_FIXTURE } from "./fixture-content";

const catalog = buildCatalog(loadContent(VALID_FIXTURE, new Date("2026-01-01")));
const data = buildCatalogExport(catalog, new Date("2026-11-28"));

describe("catalog.json", () => {
  it("carries each entry with the published fields", () => {
    const beta = data.models.find((model) => model.slug === "beta-lm")!;
    expect(beta).toMatchObject({
      name: "Beta LM", kind: "model", organizations: ["Lab Two"], released: "2023-03-14",
      modalities: { input: ["text", "image"], output: ["text"] }, architecture: "transformer",
      parameters: null, parametersStatus: "undisclosed", openWeights: "no",
      related: [{ type: "successor-of", slug: "alpha-net" }], era: "late",
    });
    expect(data.models.find((model) => model.slug === "alpha-net")?.parameters).toBe(60_000_000);
  });

  it("lists modalities, eras and milestones", () => {
    expect(data.modalities.map((m) => m.slug)).toEqual(["text", "image", "embodied", "multimodal"]);
    expect(data.eras.map((e) => e.slug)).toEqual(["early", "late"]);
    expect(data.milestones[0]).toMatchObject({ slug: "big-event", era: "late" });
  });

  it("matches its own schema, and carries no prose", () => {
    expect(catalogExportSchema.safeParse(data).success).toBe(true);
    expect(JSON.stringify(data)).not.toContain("Beta LM prose");
  });

  it("publishes a JSON Schema generated from the zod schema", () => {
    const schema = buildCatalogJsonSchema() as { properties: Record<string, { items?: { required?: string[] } }> };
    expect(schema.properties.models.items?.required).toEqual(expect.arrayContaining(["slug", "name", "released", "parameters", "sources"]));
  });
});

describe("model front matter JSON Schema", () => {
  it("describes the fields an author writes, with defaults optional", async () => {
    const { buildModelFrontMatterJsonSchema } = await import("@/lib/publish/catalog-export");
    const schema = buildModelFrontMatterJsonSchema() as { required: string[]; additionalProperties: boolean; properties: Record<string, unknown> };
    expect(schema.required).toEqual(expect.arrayContaining(["name", "kind", "released", "sources"]));
    expect(schema.required).not.toContain("aliases");
    expect(schema.additionalProperties).toBe(false);
  });
});
