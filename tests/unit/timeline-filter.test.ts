import { describe, expect, it } from "vitest";
import { eventMatches, filterEvents, parseModalityFilter } from "@/lib/timeline/timeline-filter";

const ALLOWED = ["text", "image", "audio", "video", "embodied", "multimodal"];

describe("parseModalityFilter", () => {
  it("shows everything when the parameter is missing, empty or 'all'", () => {
    expect(parseModalityFilter(null, ALLOWED)).toEqual({ kind: "all" });
    expect(parseModalityFilter(undefined, ALLOWED)).toEqual({ kind: "all" });
    expect(parseModalityFilter("  ", ALLOWED)).toEqual({ kind: "all" });
    expect(parseModalityFilter("All", ALLOWED)).toEqual({ kind: "all" });
  });

  it("accepts a declared modality in any case", () => {
    expect(parseModalityFilter("video", ALLOWED)).toEqual({ kind: "modality", slug: "video" });
    expect(parseModalityFilter(" Video ", ALLOWED)).toEqual({ kind: "modality", slug: "video" });
  });

  it("reports an unknown value as written, so the notice can quote it", () => {
    expect(parseModalityFilter("Smell", ALLOWED)).toEqual({ kind: "unknown", value: "Smell" });
  });
});

describe("filterEvents", () => {
  const events = [
    { name: "Sora", modalitySlugs: ["text", "video", "multimodal"] },
    { name: "GPT-3", modalitySlugs: ["text"] },
    { name: "WaveNet", modalitySlugs: ["audio"] },
  ];

  it("keeps only events that involve the modality", () => {
    expect(filterEvents(events, { kind: "modality", slug: "video" }).map((e) => e.name)).toEqual(["Sora"]);
    expect(filterEvents(events, { kind: "modality", slug: "text" }).map((e) => e.name)).toEqual(["Sora", "GPT-3"]);
  });

  it("keeps everything for 'all' and for an unknown value", () => {
    expect(filterEvents(events, { kind: "all" })).toHaveLength(3);
    expect(filterEvents(events, { kind: "unknown", value: "smell" })).toHaveLength(3);
    expect(eventMatches(events[2], { kind: "modality", slug: "embodied" })).toBe(false);
  });
});
