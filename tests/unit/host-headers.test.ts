import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { headersFile, headersPath } from "@/scripts/site-checks/host-headers";

describe("_headers from serve.json", () => {
  it("turns serve.json globs into _headers paths", () => {
    expect(headersPath("**/*")).toBe("/*");
    expect(headersPath("_next/static/**")).toBe("/_next/static/*");
    expect(() => headersPath("a/**/b")).toThrow(/cannot express/);
  });

  it("carries every header of the project's serve.json, the CSP's frame-ancestors included", () => {
    const file = headersFile(JSON.parse(fs.readFileSync("serve.json", "utf8")));
    expect(file).toContain("/*\n  Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'\n");
    expect(file).toContain("  X-Frame-Options: DENY");
    expect(file).toContain("/_next/static/*\n  Cache-Control: public, max-age=31536000, immutable\n");
  });
});
