import { describe, expect, it } from "vitest";
import { LOCAL_SITE_URL, siteUrl } from "@/lib/publish/site-url";

describe("siteUrl", () => {
  it("falls back to localhost for a local build, so the Quick start needs no configuration", () => {
    expect(siteUrl({}, false)).toBe(LOCAL_SITE_URL);
  });

  it("refuses a deploy build without SITE_URL, naming the variable", () => {
    expect(() => siteUrl({}, true)).toThrow(/SITE_URL is not set/);
    expect(() => siteUrl({ SITE_URL: " " }, true)).toThrow(/SITE_URL is not set/);
  });

  it("normalises SITE_URL to its origin", () => {
    expect(siteUrl({ SITE_URL: "https://catalog.example/" }, true)).toBe("https://catalog.example");
  });

  it("rejects a SITE_URL that is not an origin, saying what it received", () => {
    expect(() => siteUrl({ SITE_URL: "catalog.example" }, true)).toThrow('SITE_URL must be an absolute URL such as https://catalog.example.org; received "catalog.example".');
    expect(() => siteUrl({ SITE_URL: "ftp://catalog.example" }, false)).toThrow(/must start with https:\/\//);
    expect(() => siteUrl({ SITE_URL: "https://user.github.io/catalog" }, false)).toThrow(/no path/);
  });
});
