import { describe, expect, it } from "vitest";
import { pageCount, pageHref, pageItems } from "@/lib/pagination";

describe("list pagination", () => {
  it("splits a list into pages of the given size, with at least one page", () => {
    expect(pageCount(0, 100)).toBe(1);
    expect(pageCount(100, 100)).toBe(1);
    expect(pageCount(10_000, 100)).toBe(100);
    const items = Array.from({ length: 250 }, (_, i) => i);
    expect(pageItems(items, 3, 100)).toEqual(items.slice(200));
  });

  it("links page 1 to /models itself", () => {
    expect(pageHref(1)).toBe("/models");
    expect(pageHref(2)).toBe("/models/page/2");
  });
});
