import { z } from "zod";
import { eraFrontMatter, milestoneFrontMatter, modalityFrontMatter, modelFrontMatter, organizationFrontMatter, partialDate, slug } from "@/lib/content/schema";
import type { Catalog } from "@/lib/catalog";
import { entryHref } from "@/lib/routes";

// The published data file and its JSON Schema share one zod definition, so they cannot drift.

// Version 2 (format v2 of the content) only added fields to version 1, except that `released` is
// null for the entries whose date no source gives (their `releasedStatus` is "unknown").
export const CATALOG_EXPORT_VERSION = 2;

const exportedModel = modelFrontMatter.omit({ released: true, parameters: true }).extend({
  slug,
  organizations: z.array(z.string()).describe("Organization names, as in version 1."),
  organizationSlugs: z.array(slug).describe("The same organizations as slugs of the `organizations` list below."),
  released: partialDate.nullable().describe("First public paper or announcement; null when unknown."),
  releasedStatus: z.enum(["known", "unknown"]),
  releasedSource: z.string().nullable().describe("Id of the source (in `sources`) that states the date."),
  parameters: z.number().int().positive().nullable().describe("Parameter count of the largest published variant (total for mixture-of-experts); null when undisclosed or not applicable."),
  parametersActive: z.number().int().positive().nullable().describe("Active parameters per token of a mixture-of-experts model; null otherwise."),
  parametersStatus: z.enum(["published", "undisclosed", "not-applicable"]),
  parametersSource: z.string().nullable(),
  era: slug.nullable(),
  url: z.string(),
});

export const catalogExportSchema = z.strictObject({
  version: z.literal(CATALOG_EXPORT_VERSION),
  generated: z.string().describe("ISO date the file was built."),
  licence: z.string(),
  models: z.array(exportedModel),
  organizations: z.array(organizationFrontMatter.extend({ slug })),
  modalities: z.array(modalityFrontMatter.extend({ slug })),
  eras: z.array(eraFrontMatter.extend({ slug })),
  milestones: z.array(milestoneFrontMatter.extend({ slug, era: slug.nullable() })),
});

export type CatalogExport = z.infer<typeof catalogExportSchema>;

export const DATA_LICENCE = "CC BY 4.0";

export function buildCatalogExport(catalog: Catalog, generated = new Date()): CatalogExport {
  return {
    version: CATALOG_EXPORT_VERSION,
    generated: generated.toISOString().slice(0, 10),
    licence: DATA_LICENCE,
    models: catalog.entries.map((entry) => {
      const { parameters, released } = entry;
      return {
        slug: entry.slug,
        name: entry.name,
        aliases: entry.aliases,
        keywords: entry.keywords,
        kind: entry.kind,
        organizations: entry.organizationNames,
        organizationSlugs: entry.organizations,
        released: entry.releaseDate,
        releasedStatus: entry.releaseDate === null ? "unknown" : "known",
        releasedSource: released.source ?? null,
        modalities: entry.modalities,
        architecture: entry.architecture,
        parameters: entry.parameterCount,
        parametersActive: "active" in parameters ? parameters.active : null,
        parametersStatus: entry.parameterCount !== null ? "published" : "value" in parameters && parameters.value === "not-applicable" ? "not-applicable" : "undisclosed",
        parametersSource: parameters.source ?? null,
        openWeights: entry.openWeights,
        licence: entry.licence,
        contextWindow: entry.contextWindow,
        trainingData: entry.trainingData,
        trainingCompute: entry.trainingCompute,
        access: entry.access,
        variants: entry.variants,
        related: entry.related,
        summary: entry.summary,
        verified: entry.verified,
        added: entry.added,
        updated: entry.updated,
        sources: entry.sources,
        era: entry.era,
        url: entryHref(entry.slug),
      };
    }),
    organizations: catalog.organizations.map(({ slug, name, nameZh, country, type, website }) => ({ slug, name, nameZh, country, type, website })),
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
