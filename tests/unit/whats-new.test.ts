// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { buildAtomFeed } from "@/lib/publish/atom-feed";
import { catalogChanges, changesByDay, recentChanges } from "@/lib/publish/changes";
import { makeCatalog, model } from "../fixtures/small-catalog";

const catalog = makeCatalog({
  models: [
    model({ slug: "old", released: "2020", added: "2026-11-01" }),
    model({ slug: "fixed", released: "2021", added: "2026-11-01", updated: { date: "2026-11-20", note: "Parameter count corrected from the paper <v2> & more" } }),
    model({ slug: "undated", released: "2022" }),
    model({ slug: "new", released: "2019", added: "2026-11-25" }),
  ],
});

describe("what's new", () => {
  it("lists additions and corrections newest first, leaving out entries without dates", () => {
    expect(catalogChanges(catalog).map((c) => `${c.date} ${c.type} ${c.slug}`)).toEqual([
      "2026-11-25 added new",
      "2026-11-20 updated fixed",
      "2026-11-01 added fixed",
      "2026-11-01 added old",
    ]);
  });

  it("gives the home page's recently added and recently updated lists, and /changes its days", () => {
    expect(recentChanges(catalog, "added", 2).map((c) => c.slug)).toEqual(["new", "fixed"]);
    expect(recentChanges(catalog, "updated", 5).map((c) => c.text)).toEqual(["Parameter count corrected from the paper <v2> & more"]);
    expect(changesByDay(catalogChanges(catalog)).map((day) => [day.date, day.changes.length])).toEqual([
      ["2026-11-25", 1], ["2026-11-20", 1], ["2026-11-01", 2],
    ]);
  });
});

describe("/feed.xml", () => {
  const ATOM = "http://www.w3.org/2005/Atom";
  const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  const parse = (xml: string) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    return doc;
  };
  const only = (parent: Element, name: string) => {
    const found = [...parent.children].filter((child) => child.namespaceURI === ATOM && child.localName === name);
    expect(found, `exactly one atom:${name} in ${parent.localName}`).toHaveLength(1);
    return found[0];
  };

  it("is well-formed Atom with the elements RFC 4287 requires of the feed and of every entry", () => {
    const doc = parse(buildAtomFeed(catalogChanges(catalog), { siteUrl: "https://example.org", siteName: "Test & Co", fallbackUpdated: "2026-01-01" }));
    const feed = doc.documentElement;
    expect([feed.namespaceURI, feed.localName]).toEqual([ATOM, "feed"]);
    expect(only(feed, "title").textContent).toBe("Test & Co: additions and corrections");
    expect(only(feed, "id").textContent).toBe("https://example.org/changes");
    expect(only(feed, "updated").textContent).toBe("2026-11-25T00:00:00Z");
    expect(only(feed, "author").textContent).toBe("Test & Co");
    const self = [...feed.children].find((child) => child.localName === "link" && child.getAttribute("rel") === "self");
    expect(self?.getAttribute("href")).toBe("https://example.org/feed.xml");

    const entries = [...feed.children].filter((child) => child.localName === "entry");
    expect(entries).toHaveLength(4);
    const ids = new Set<string>();
    for (const entry of entries) {
      ids.add(only(entry, "id").textContent ?? "");
      expect(only(entry, "title").textContent).toMatch(/^(Added|Corrected): /);
      expect(only(entry, "updated").textContent).toMatch(RFC3339);
      const link = [...entry.children].find((child) => child.localName === "link" && child.getAttribute("rel") === "alternate");
      expect(link?.getAttribute("href")).toMatch(/^https:\/\/example\.org\/models\/[a-z-]+$/);
    }
    expect(ids.size).toBe(4);
    expect(entries[1].getElementsByTagName("summary")[0].textContent).toBe("Parameter count corrected from the paper <v2> & more");
  });

  it("is still valid with no changes, dated by the fallback day", () => {
    const feed = parse(buildAtomFeed([], { siteUrl: "https://example.org", siteName: "T", fallbackUpdated: "2026-01-02" })).documentElement;
    expect(only(feed, "updated").textContent).toBe("2026-01-02T00:00:00Z");
  });
});
