import { z } from "zod";
import { eraFrontMatter, milestoneFrontMatter, modalityFrontMatter, modelFrontMatter, slug } from "./schema";
import type { Catalog } from "./catalog";

// The published data file and its JSON Schema share one zod definition, so they cannot drift.

const exportedModel = modelFrontMatter.extend({
  slug,
  parameters: z.number().int().positive().nullable().describe("Parameter count of the largest published variant; null when undisclosed or not applicable."),
  parametersStatus: z.enum(["published", "undisclosed", "not-applicable"]),
  era: slug.nullable(),
  url: z.string(),
});

export const catalogExportSchema = z.strictObject({
  generated: z.string().describe("ISO date the file was built."),
  licence: z.string(),
  models: z.array(exportedModel),
  modalities: z.array(modalityFrontMatter.extend({ slug })),
  eras: z.array(eraFrontMatter.extend({ slug })),
  milestones: z.array(milestoneFrontMatter.extend({ slug, era: slug.nullable() })),
});

export type CatalogExport = z.infer<typeof catalogExportSchema>;

export const DATA_LICENCE = "CC BY 4.0";

export function buildCatalogExport(catalog: Catalog, generated = new Date()): CatalogExport {
  return {
    generated: generated.toISOString().slice(0, 10),
    licence: DATA_LICENCE,
    models: catalog.entries.map((entry) => ({
      slug: entry.slug,
      name: entry.name,
      aliases: entry.aliases,
      kind: entry.kind,
      organizations: entry.organizations,
      released: entry.released,
      modalities: entry.modalities,
      architecture: entry.architecture,
      parameters: typeof entry.parameters === "number" ? entry.parameters : null,
      parametersStatus: typeof entry.parameters === "number" ? "published" : entry.parameters,
      openWeights: entry.openWeights,
      related: entry.related,
      summary: entry.summary,
      sources: entry.sources,
      era: entry.era,
      url: `/models/${entry.slug}`,
    })),
    modalities: catalog.modalities.map(({ slug, name, order, type, summary }) => ({ slug, name, order, type, summary })),
    eras: catalog.eras.map(({ slug, name, order, start, end, summary, articleSays, sources }) => ({
      slug, name, order, start, end, summary, articleSays, sources,
    })),
    milestones: catalog.milestones.map(({ slug, name, date, modalities, summary, related, sources, era }) => ({
      slug, name, date, modalities, summary, related, sources, era,
    })),
  };
}

export function buildCatalogJsonSchema() {
  return {
    ...z.toJSONSchema(catalogExportSchema, { target: "draft-2020-12", io: "output" }),
    $id: "/catalog.schema.json",
    title: "AIGC catalog data",
  };
}

/** The schema of one model file's front matter, for editors and other tools that write entries. */
export function buildModelFrontMatterJsonSchema() {
  return {
    ...z.toJSONSchema(modelFrontMatter, { target: "draft-2020-12", io: "input" }),
    $id: "/schemas/model.schema.json",
    title: "AIGC catalog entry front matter (content/models/<slug>.md)",
  };
}
