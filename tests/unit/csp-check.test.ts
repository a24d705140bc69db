import { describe, expect, it } from "vitest";
import { withContentSecurityPolicy } from "@/scripts/site-checks/csp";
import { cspProblem } from "@/scripts/site-checks/csp-check";

const bare = `<!DOCTYPE html><html><head><meta charset="utf-8"><script src="/_next/a.js" async></script></head><body><script>self.__next_f.push([1])</script></body></html>`;

describe("cspProblem", () => {
  it("accepts a page as scripts/add-csp.ts leaves it", () => {
    expect(cspProblem(withContentSecurityPolicy(bare))).toBeNull();
  });

  it("rejects a page straight from next build, with no CSP meta tag", () => {
    expect(cspProblem(bare)).toMatch(/no Content-Security-Policy meta tag/);
  });

  it("rejects a page whose inline scripts changed after the hashes were taken", () => {
    const edited = withContentSecurityPolicy(bare).replace("push([1])", "push([2])");
    expect(cspProblem(edited)).toMatch(/does not match the page's inline scripts/);
  });

  it("rejects a tag placed after a script, which would not govern that script", () => {
    const late = withContentSecurityPolicy(bare).replace(/(<meta http-equiv[^>]*>)(.*?<\/script>)/, "$2$1");
    expect(cspProblem(late)).toMatch(/script comes before/);
  });
});
