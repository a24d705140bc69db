import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, inlineScriptHashes, withContentSecurityPolicy } from "@/scripts/site-checks/csp";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><script src="/_next/a.js" async></script></head><body><script>self.__next_f.push([1])</script><script id="x">boot()</script></body></html>`;

describe("content security policy", () => {
  it("hashes inline scripts only", () => {
    expect(inlineScriptHashes(page)).toEqual([hash("self.__next_f.push([1])"), hash("boot()")]);
  });

  it("allows only self and those hashes to run, with no unsafe-inline scripts", () => {
    const policy = contentSecurityPolicy([hash("boot()")]);
    expect(policy).toMatch(new RegExp(`script-src 'self' ${hash("boot()").replace(/[+/]/g, "\\$&")}`));
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("object-src 'none'");
  });

  it("puts the meta tag first in head, once, even when run twice", () => {
    const once = withContentSecurityPolicy(page);
    expect(once).toMatch(/^<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy"/);
    expect(withContentSecurityPolicy(once)).toBe(once);
  });
});
