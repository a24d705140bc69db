import { describe, expect, it } from "vitest";
import { getEntry } from "@/lib/catalog";
import { entryTimelinePosition } from "@/lib/timeline/timeline-position";
import { makeCatalog, model } from "../fixtures/small-catalog";

const catalog = makeCatalog({
  models: [
    model({ slug: "imagenet", released: "2009-06", output: ["text"] }),
    model({ slug: "gpt-3", name: "GPT-3", released: "2020-05", output: ["text"] }),
    model({ slug: "dall-e", name: "DALL-E", released: "2021-01", output: ["image"] }),
    model({ slug: "gpt-4o", name: "GPT-4o", released: "2024-05-13", output: ["text", "image"] }),
    model({ slug: "gpt-4", name: "GPT-4", released: "2023-03-14", output: ["text"] }),
    model({ slug: "sora", name: "Sora", released: "2024-02", output: ["video"] }),
  ],
});
const position = (slug: string) => entryTimelinePosition(getEntry(slug, catalog)!, catalog);

describe("entryTimelinePosition", () => {
  it("names the entry's era", () => {
    expect(position("gpt-3").era?.slug).toBe("fusion");
    expect(position("imagenet").era).toBeNull();
  });

  it("finds the entries just before and after it among those with the same output", () => {
    expect(position("gpt-4").neighbours).toEqual([
      {
        modality: "text",
        previous: { slug: "gpt-3", name: "GPT-3", releaseDate: "2020-05" },
        next: { slug: "gpt-4o", name: "GPT-4o", releaseDate: "2024-05-13" },
      },
    ]);
  });

  it("gives one pair of neighbours per output, with none at either end of a lane", () => {
    const { neighbours } = position("gpt-4o");
    expect(neighbours.map((n) => [n.modality, n.previous?.slug ?? null, n.next?.slug ?? null])).toEqual([
      ["text", "gpt-4", null],
      ["image", "dall-e", null],
    ]);
    expect(position("sora").neighbours).toEqual([{ modality: "video", previous: null, next: null }]);
  });
});
