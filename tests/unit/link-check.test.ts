import { describe, expect, it } from "vitest";
import { checkLinks, parseHtml, type Site } from "@/scripts/site-checks/link-check";

const page = (links: string[], ids: string[] = []) => ({ links, ids: new Set(ids) });

describe("checkLinks", () => {
  const site = (): Site => ({
    pages: new Map([
      ["/", page(["/models", "/timeline#era-fusion", "https://arxiv.org/abs/1", "/catalog.json", "#main"], ["main"])],
      ["/models", page(["/models/gpt-4?x=1", "/"])],
      ["/models/gpt-4", page(["/models"])],
      ["/timeline", page([], ["era-fusion"])],
      ["/orphan", page(["/"])],
      ["/404", page(["/"])],
    ]),
    files: new Set(["/catalog.json"]),
  });

  it("accepts links to pages, files and existing anchors, and ignores external links", () => {
    expect(checkLinks(site(), ["/404"]).broken).toEqual([]);
  });

  it("reports a link to a missing page and to a missing anchor", () => {
    const broken = site();
    broken.pages.set("/models/gpt-4", page(["/models/nope", "/timeline#era-nope"]));
    expect(checkLinks(broken).broken.map((p) => p.link)).toEqual(["/models/nope", "/timeline#era-nope"]);
  });

  it("resolves a relative link against the page it is on, not against the home page", () => {
    const relative = site();
    // On /models/gpt-4, "gpt-4o" means /models/gpt-4o and "../timeline" means /timeline.
    relative.pages.set("/models/gpt-4", page(["gpt-4o", "../timeline#era-fusion", "./gpt-4"]));
    expect(checkLinks(relative, ["/404"]).broken).toEqual([
      { page: "/models/gpt-4", link: "gpt-4o", reason: "no page or file at /models/gpt-4o" },
    ]);
  });

  it("follows relative links when crawling for reachability", () => {
    const relative = site();
    relative.pages.set("/models/gpt-4", page(["../orphan"]));
    expect(checkLinks(relative, ["/404"]).unreachable).toEqual([]);
  });

  it("ignores links that leave the site: other origins, protocol-relative, mailto", () => {
    const external = site();
    external.pages.set("/models", page(["//cdn.example/x", "mailto:a@b.c", "https://site.example/nope", "/models/gpt-4"]));
    expect(checkLinks(external, ["/404"]).broken).toEqual([]);
  });

  it("reports pages the home page cannot reach, except exempt ones", () => {
    expect(checkLinks(site(), ["/404"]).unreachable).toEqual(["/orphan"]);
  });
});

describe("parseHtml", () => {
  it("reads hrefs and ids, decoding entities", () => {
    const parsed = parseHtml('<a class="x" href="/models?q=a&amp;b=c">x</a><h2 id="sources">S</h2><link href="/style.css">');
    expect(parsed.links).toEqual(["/models?q=a&b=c"]);
    expect([...parsed.ids]).toEqual(["sources"]);
  });

  it("reads unquoted and single-quoted attributes and ignores hrefs in comments and scripts", () => {
    const parsed = parseHtml(`<a href=gpt-4o>x</a><a href='../timeline'>y</a><!-- <a href="/hidden"> --><script>"<a href='/no'>"</script><p id=top>`);
    expect(parsed.links).toEqual(["gpt-4o", "../timeline"]);
    expect([...parsed.ids]).toEqual(["top"]);
  });
});
