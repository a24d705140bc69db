import { describe, expect, it } from "vitest";
import { z } from "zod";
import { getCatalog, getEntry } from "@/lib/catalog";
import { SITE } from "@/lib/site";
import { catalogDatasetJsonLd, entryJsonLd, serializeJsonLd } from "@/lib/publish/structured-data";

const catalog = getCatalog();
const absolute = z.url({ protocol: /^https?$/ });

// What schema.org and search engines need from an entry's JSON-LD.
const entrySchema = z.object({
  "@context": z.literal("https://schema.org"),
  "@type": z.enum(["SoftwareApplication", "CreativeWork", "Dataset"]),
  name: z.string().min(1),
  description: z.string().min(1),
  url: absolute,
  author: z.array(z.object({ "@type": z.literal("Organization"), name: z.string().min(1), url: absolute.optional() })).min(1),
  datePublished: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
  sameAs: z.array(absolute).min(1).optional(),
});

const datasetSchema = z.object({
  "@context": z.literal("https://schema.org"),
  "@type": z.literal("Dataset"),
  name: z.string().min(1),
  description: z.string().min(50),
  url: absolute,
  license: absolute,
  creator: z.object({ "@type": z.literal("Organization"), name: z.string() }),
  distribution: z.array(z.object({ "@type": z.literal("DataDownload"), encodingFormat: z.string(), contentUrl: absolute })).min(1),
});

describe("entry JSON-LD", () => {
  it("is valid for every entry in the catalog", () => {
    for (const entry of catalog.entries) {
      const result = entrySchema.safeParse(entryJsonLd(entry, catalog));
      expect(result.error?.issues ?? [], entry.slug).toEqual([]);
    }
  });

  it("describes GPT-4 as OpenAI's software, published March 2023, the same as its paper", () => {
    const gpt4 = getEntry("gpt-4", catalog)!;
    expect(entryJsonLd(gpt4, catalog)).toMatchObject({
      "@type": "SoftwareApplication",
      name: "GPT-4",
      url: `${SITE.url}/models/gpt-4`,
      author: [{ "@type": "Organization", name: "OpenAI" }],
      datePublished: "2023-03-14",
      sameAs: expect.arrayContaining([gpt4.access?.paper]),
    });
  });

  it("types datasets and techniques as what they are", () => {
    const types = new Map(catalog.entries.map((entry) => [entry.kind, entryJsonLd(entry, catalog)["@type"]]));
    expect(types.get("dataset")).toBe("Dataset");
    expect(types.get("technique")).toBe("CreativeWork");
  });

  it("cannot close its script element, whatever a value contains", () => {
    expect(serializeJsonLd({ name: "</script><script>alert(1)</script>" })).not.toContain("</script>");
    expect(JSON.parse(serializeJsonLd({ name: "</script>" }))).toEqual({ name: "</script>" });
  });
});

describe("catalog Dataset JSON-LD", () => {
  it("is a valid Dataset whose download is /catalog.json", () => {
    const data = catalogDatasetJsonLd(catalog);
    expect(datasetSchema.safeParse(data).error?.issues ?? []).toEqual([]);
    expect(datasetSchema.parse(data).distribution[0].contentUrl).toBe(`${SITE.url}/catalog.json`);
  });
});
