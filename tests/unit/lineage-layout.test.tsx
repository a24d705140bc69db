import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FamilyGraph } from "@/components/lineage/family-graph";
import { lineageFamilies, neighbourhood } from "@/lib/lineage/lineage";
import { layoutFamily, NODE_HEIGHT } from "@/lib/lineage/lineage-layout";
import { makeCatalog, model } from "../fixtures/small-catalog";

const rel = (type: "successor-of" | "based-on", slug: string) => ({ type, slug });
const catalog = makeCatalog({
  models: [
    model({ slug: "gpt", released: "2018-06" }),
    model({ slug: "gpt-2", released: "2019-02", related: [rel("successor-of", "gpt")] }),
    model({ slug: "gpt-3", released: "2020-05", related: [rel("successor-of", "gpt-2")] }),
    model({ slug: "instructgpt", released: "2022-01", related: [rel("based-on", "gpt-3")] }),
    model({ slug: "gpt-3-5", released: "2022-03", related: [rel("successor-of", "gpt-3")] }),
    model({ slug: "clip", released: "2021-01", output: ["text"] }),
    model({ slug: "dall-e-2", released: "2022-04", output: ["image"], related: [rel("based-on", "clip"), rel("based-on", "gpt-3")] }),
  ],
});
const family = lineageFamilies(catalog)[0];
const layout = layoutFamily(family);
const at = new Map(layout.nodes.map((node) => [node.entry.slug, node]));

describe("family layout (dagre)", () => {
  it("places every entry, with time running downward: each parent above its child", () => {
    expect(layout.nodes).toHaveLength(family.members.length);
    for (const edge of layout.edges) expect(at.get(edge.parent)!.y, `${edge.parent} above ${edge.child}`).toBeLessThan(at.get(edge.child)!.y);
  });

  it("keeps nodes apart and inside the drawing", () => {
    for (const a of layout.nodes) {
      expect(a.x - a.width / 2).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width / 2).toBeLessThanOrEqual(layout.width);
      expect(a.y + NODE_HEIGHT / 2).toBeLessThanOrEqual(layout.height);
      for (const b of layout.nodes) {
        if (a === b) continue;
        const overlap = Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < NODE_HEIGHT;
        expect(overlap, `${a.entry.slug} overlaps ${b.entry.slug}`).toBe(false);
      }
    }
  });

  it("routes each line with points from parent to child", () => {
    for (const edge of layout.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
  });
});

describe("the drawn family", () => {
  const html = renderToStaticMarkup(<FamilyGraph layout={layout} label="Family of GPT" focus="gpt-3" />);

  it("links each node to its entry, hidden from assistive technology and out of the tab order (the list is the accessible form)", () => {
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
    const links = [...html.matchAll(/<a href="\/models\/([a-z0-9-]+)" tabindex="-1"/g)].map((match) => match[1]);
    expect(links.sort()).toEqual(family.members.map((entry) => entry.slug).sort());
    expect(html).toContain("GPT-3 · 2020");
  });

  it("marks the focused entry", () => {
    expect(html).toMatch(/fill:var\(--mark\)/);
  });
});

describe("an entry's neighbourhood", () => {
  it("holds the entry, its relatives within the generation limit and only the lines between them", () => {
    const gpt2 = catalog.entries.find((entry) => entry.slug === "gpt-2")!;
    const near = neighbourhood(gpt2, family, 1);
    expect(near.members.map((entry) => entry.slug)).toEqual(["gpt", "gpt-2", "gpt-3"]);
    expect(near.edges).toHaveLength(2);
  });
});
