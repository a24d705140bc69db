import { describe, expect, it } from "vitest";
import { articleDisagrees, buildTimeline, countByModality, isEntryMilestone, timelineEvents } from "@/lib/timeline/timeline";
import { makeCatalog, milestone, model } from "../fixtures/small-catalog";

const names = (events: { name: string }[]) => events.map((event) => event.name);

describe("timelineEvents", () => {
  it("merges entries and milestones into one list, oldest first", () => {
    const catalog = makeCatalog({
      models: [model({ slug: "gpt-4", name: "GPT-4", released: "2023-03-14" }), model({ slug: "alexnet", name: "AlexNet", released: "2012" })],
      milestones: [milestone({ slug: "bitter-lesson", name: "The Bitter Lesson", date: "2019-03-13" })],
    });
    expect(names(timelineEvents(catalog))).toEqual(["AlexNet", "The Bitter Lesson", "GPT-4"]);
  });

  it("sorts a year before its months and a month before its days", () => {
    const catalog = makeCatalog({
      models: [
        model({ slug: "day", name: "Day", released: "2012-09-30" }),
        model({ slug: "next-month", name: "Next month", released: "2012-10" }),
        model({ slug: "year", name: "Year", released: "2012" }),
        model({ slug: "month", name: "Month", released: "2012-09" }),
        model({ slug: "early-day", name: "Early day", released: "2012-09-01" }),
      ],
    });
    expect(names(timelineEvents(catalog))).toEqual(["Year", "Month", "Early day", "Day", "Next month"]);
  });

  it("puts an entry before a milestone of the same date, then orders by name", () => {
    const catalog = makeCatalog({
      models: [model({ slug: "zeta", name: "Zeta", released: "2020-05" }), model({ slug: "alpha", name: "Alpha", released: "2020-05" })],
      milestones: [milestone({ slug: "aardvark", name: "Aardvark day", date: "2020-05" })],
    });
    expect(names(timelineEvents(catalog))).toEqual(["Alpha", "Zeta", "Aardvark day"]);
  });

  it("leaves out a milestone that repeats an entry by slug, name or alias", () => {
    const catalog = makeCatalog({
      models: [model({ slug: "alexnet", name: "AlexNet", aliases: ["SuperVision"], released: "2012" })],
      milestones: [
        milestone({ slug: "alexnet", name: "Something else", date: "2012" }),
        milestone({ slug: "alex-net-win", name: "Alex Net", date: "2012" }),
        milestone({ slug: "supervision", name: "supervision", date: "2012" }),
        milestone({ slug: "ilsvrc", name: "ILSVRC 2012 results", date: "2012-10", related: ["alexnet"] }),
      ],
    });
    expect(names(timelineEvents(catalog))).toEqual(["AlexNet", "ILSVRC 2012 results"]);
    expect(isEntryMilestone({ slug: "other", name: "ALEXNET" }, catalog.entries)).toBe(true);
  });

  it("links entries to their page and milestones to their related entry and first source", () => {
    const catalog = makeCatalog({
      models: [model({ slug: "alexnet", name: "AlexNet", released: "2012" })],
      milestones: [
        milestone({ slug: "ilsvrc", date: "2012-10", related: ["alexnet"] }),
        milestone({
          slug: "essay",
          date: "2019",
          sources: [
            { id: "first", title: "First", url: "https://example.org/first" },
            { id: "second", title: "Second", url: "https://example.org/second" },
          ],
        }),
      ],
    });
    const [entry, linked, unlinked] = timelineEvents(catalog);
    expect(entry.links).toEqual({ entry: { href: "/models/alexnet", name: "AlexNet" }, source: null });
    expect(linked.links.entry).toEqual({ href: "/models/alexnet", name: "AlexNet" });
    expect(linked.links.source?.href).toBe("https://example.org/ilsvrc");
    expect(unlinked.links).toEqual({ entry: null, source: { href: "https://example.org/first", title: "First" } });
  });

  it("gives entries their input → output flow and milestones only their modalities", () => {
    const catalog = makeCatalog({
      models: [model({ slug: "gpt-4", released: "2023", input: ["text", "image"], output: ["text"] })],
      milestones: [milestone({ slug: "robots", date: "2025", modalities: ["embodied", "image"] })],
    });
    const [entry, robots] = timelineEvents(catalog);
    expect(entry.flow).toEqual({ input: ["text", "image"], output: ["text"] });
    expect(entry.outputs).toEqual(["text"]);
    expect(entry.modalitySlugs).toEqual(["text", "image", "multimodal"]);
    expect(robots.flow).toBeNull();
    expect(robots.outputs).toEqual(["embodied", "image"]);
    // Same rule as entries: naming two media makes a milestone multimodal too.
    expect(robots.modalitySlugs).toEqual(["image", "embodied", "multimodal"]);
  });
});

describe("buildTimeline", () => {
  const catalog = makeCatalog({
    models: [
      model({ slug: "imagenet", released: "2009-06" }),
      model({ slug: "first-2012", released: "2012" }),
      model({ slug: "last-2018", released: "2018-12-31" }),
      model({ slug: "first-2019", released: "2019-01" }),
      model({ slug: "last-2020", released: "2020-12" }),
      model({ slug: "first-2021", released: "2021-01-05" }),
      model({ slug: "far-future", released: "2031" }),
    ],
  });
  const timeline = buildTimeline(catalog);
  const sectionOf = (slug: string) => timeline.sections.find((s) => s.events.some((e) => e.id === `entry-${slug}`))?.id;

  it("has a short group before the first era, then one band per era in order", () => {
    expect(timeline.sections.map((s) => s.id)).toEqual(["before-eras", "era-single-modality", "era-fusion", "era-unified-multimodal"]);
    expect(timeline.sections.map((s) => s.title)).toEqual(["Before 2012", "Single-modality", "Fusion", "Unified multimodal"]);
    expect(timeline.sections.map((s) => s.years)).toEqual([null, "2012–2018", "2019–2020", "2021–today"]);
  });

  it("assigns the boundary years to the right era, the open era included", () => {
    expect(sectionOf("imagenet")).toBe("before-eras");
    expect(sectionOf("first-2012")).toBe("era-single-modality");
    expect(sectionOf("last-2018")).toBe("era-single-modality");
    expect(sectionOf("first-2019")).toBe("era-fusion");
    expect(sectionOf("last-2020")).toBe("era-fusion");
    expect(sectionOf("first-2021")).toBe("era-unified-multimodal");
    expect(sectionOf("far-future")).toBe("era-unified-multimodal");
  });

  it("keeps every era band even without events, and drops the before group when nothing predates the eras", () => {
    const sparse = buildTimeline(makeCatalog({ models: [model({ slug: "only", released: "2022" })] }));
    expect(sparse.sections.map((s) => [s.id, s.events.length])).toEqual([
      ["era-single-modality", 0],
      ["era-fusion", 0],
      ["era-unified-multimodal", 1],
    ]);
  });

  it("gives events in a gap between eras a section of their own", () => {
    const gappy = makeCatalog({
      eras: [
        ["early", { name: "Early", order: 1, start: 2012, end: 2015, summary: "Early years.", articleSays: "2012 to 2015", sources: [] }],
        ["late", { name: "Late", order: 2, start: 2018, end: null, summary: "Late years.", articleSays: "2018 to the present", sources: [] }],
      ],
      models: [model({ slug: "gap", released: "2016" })],
    });
    expect(buildTimeline(gappy).sections.map((s) => [s.id, s.events.length])).toEqual([
      ["era-early", 0],
      ["era-late", 0],
      ["between-eras", 1],
    ]);
  });

  it("records which modalities each band contains, for the filtered view's empty note", () => {
    const mixed = buildTimeline(
      makeCatalog({ models: [model({ slug: "v", released: "2019", input: ["text"], output: ["video"] })] }),
    );
    expect(mixed.sections.find((s) => s.id === "era-fusion")?.modalitySlugs).toEqual(["text", "video"]);
    expect(mixed.sections.find((s) => s.id === "era-single-modality")?.modalitySlugs).toEqual([]);
  });
});

describe("countByModality", () => {
  it("counts each event once per modality it matches", () => {
    const catalog = makeCatalog({
      models: [
        model({ slug: "t2v", released: "2022", input: ["text"], output: ["video"] }),
        model({ slug: "llm", released: "2023", input: ["text"], output: ["text"] }),
      ],
      milestones: [milestone({ slug: "m", date: "2024", modalities: ["video"] })],
    });
    expect(countByModality(timelineEvents(catalog), ["text", "video", "multimodal", "audio"])).toEqual({
      text: 2,
      video: 2,
      multimodal: 0,
      audio: 0,
    });
  });
});

describe("articleDisagrees", () => {
  it("is false only when the article names the era's own years", () => {
    expect(articleDisagrees({ start: 2012, end: 2018, articleSays: "2012 to 2018" })).toBe(false);
    expect(articleDisagrees({ start: 2021, end: null, articleSays: "2021 to the present" })).toBe(false);
  });

  it("is true for other years, a 'before' claim or a closed range against an open era", () => {
    expect(articleDisagrees({ start: 2019, end: 2020, articleSays: "2012 to 2018 (its examples: HT100M, LXMERT)" })).toBe(true);
    expect(articleDisagrees({ start: 2012, end: 2018, articleSays: "Before 2012 (its example: AlexNet)" })).toBe(true);
    expect(articleDisagrees({ start: 2021, end: null, articleSays: "2018 to the present" })).toBe(true);
    expect(articleDisagrees({ start: 2021, end: null, articleSays: "2021 to 2023" })).toBe(true);
  });
});
