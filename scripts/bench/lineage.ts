// `npx tsx scripts/bench/lineage.ts`: the lineage at 10,000 entries. Families are synthetic but
// shaped like the real catalog's (two thirds of entries in a family, families of 2 to 40, lines
// that branch and sometimes join); the layout and the SVG are the real code's.
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { gzipSync } from "node:zlib";
import { FamilyGraph } from "../../components/lineage/family-graph";
import { LINEAGE_PAGE_MEMBER_BUDGET, lineageFamilies, neighbourhood, splitForPage, type Family } from "@/lib/lineage/lineage";
import { layoutFamily } from "@/lib/lineage/lineage-layout";
import { makeCatalog, model } from "../../tests/fixtures/small-catalog";
import { getCatalog } from "../../lib/catalog";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// A small deterministic generator, so two runs measure the same catalog.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

function syntheticCatalog(count: number) {
  const models = [];
  let i = 0;
  while (i < count) {
    // About two entries in three belong to a family, as in the real catalog.
    const inFamily = random() < 0.12;
    const size = inFamily ? Math.min(count - i, 2 + Math.floor(random() ** 2 * 39)) : 1;
    const start = i;
    for (let k = 0; k < size; k++, i++) {
      const related: { type: "successor-of" | "based-on"; slug: string }[] = [];
      if (k > 0) {
        related.push({ type: random() < 0.6 ? "successor-of" : "based-on", slug: `e-${start + Math.floor(random() * k)}` });
        // Now and then a second parent, as when DALL·E 2 drew on CLIP and GPT-3.
        if (k > 2 && random() < 0.1) related.push({ type: "based-on", slug: `e-${start + Math.floor(random() * (k - 1))}` });
      }
      const unique = related.filter((r, n) => related.findIndex((o) => o.slug === r.slug) === n);
      models.push(model({ slug: `e-${i}`, name: `Synthetic ${i}`, released: String(2012 + Math.min(13, k)), output: [["text", "image", "audio", "video", "embodied"][i % 5]], related: unique }));
    }
  }
  return makeCatalog({ models });
}

function svgBytes(families: Family[]) {
  let raw = 0;
  const chunks: string[] = [];
  let layoutMs = 0;
  for (const family of families) {
    const started = performance.now();
    const layout = layoutFamily(family);
    layoutMs += performance.now() - started;
    const html = renderToStaticMarkup(createElement(FamilyGraph, { layout, label: family.id }));
    raw += html.length;
    chunks.push(html);
  }
  return { raw, gzip: gzipSync(chunks.join("")).length, layoutMs };
}

for (const [label, catalog] of [["real catalog", getCatalog()], ["10,000 entries", syntheticCatalog(10_000)]] as const) {
  const started = performance.now();
  const families = lineageFamilies(catalog);
  const groupMs = performance.now() - started;
  const members = families.reduce((sum, family) => sum + family.members.length, 0);
  const page = splitForPage(families).shown;
  // Every family first, so the layout time is not shortened by layouts cached for the page.
  const all = svgBytes(families);
  const onPage = svgBytes(page);
  const largest = svgBytes(families.slice(0, 1));
  console.log(`\n== ${label}: ${catalog.entries.length} entries, ${families.length} families holding ${members}; largest ${families[0]?.members.length ?? 0}`);
  console.log(`grouping into families: ${groupMs.toFixed(0)} ms; layout of every family (dagre): ${all.layoutMs.toFixed(0)} ms`);
  console.log(`/lineage draws ${page.length} families (${page.reduce((s, f) => s + f.members.length, 0)} entries, budget ${LINEAGE_PAGE_MEMBER_BUDGET}): SVG ${kb(onPage.raw)} raw, ${kb(onPage.gzip)} gzip`);
  console.log(`largest family page: SVG ${kb(largest.raw)} raw, ${kb(largest.gzip)} gzip`);
  const neighbourhoodStarted = performance.now();
  let drawn = 0;
  const byEntry = new Map(families.flatMap((family) => family.members.map((entry) => [entry.slug, family] as const)));
  for (const entry of catalog.entries) {
    const family = byEntry.get(entry.slug);
    if (family) drawn += renderToStaticMarkup(createElement(FamilyGraph, { layout: layoutFamily(neighbourhood(entry, family)), label: entry.slug })).length;
  }
  const perEntry = byEntry.size ? drawn / byEntry.size : 0;
  console.log(`entry pages' family graphs: ${(performance.now() - neighbourhoodStarted).toFixed(0)} ms for ${byEntry.size} entries; ${kb(perEntry)} raw SVG per entry page on average`);
  console.log(`every family on one page (not built; for comparison): SVG ${kb(all.raw)} raw, ${kb(all.gzip)} gzip`);
}
