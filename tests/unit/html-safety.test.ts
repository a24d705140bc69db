import { describe, expect, it } from "vitest";
import { externalLinksWithoutNoopener, inlineEventHandlers } from "@/scripts/site-checks/html-safety";

describe("html safety checks", () => {
  it("finds inline event handlers on elements, not in scripts or text", () => {
    const html = `<p>Write onclick= in prose</p><script>if(a.onclick=1){}</script><img src="x" onerror="go()"><button onClick="x()">b</button>`;
    expect(inlineEventHandlers(html).map((found) => found.split(" ")[0])).toEqual(["onerror", "onClick"]);
  });

  it("finds external links that lack noopener or noreferrer", () => {
    const html = `<a href="https://a.org" rel="noopener noreferrer">ok</a><a href="https://b.org" rel="license noopener noreferrer">ok</a><a href="https://c.org">bad</a><a href="https://d.org" rel="noopener">bad</a><a href="/models">internal</a>`;
    expect(externalLinksWithoutNoopener(html)).toHaveLength(2);
  });
});
