import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown";

describe("renderMarkdown", () => {
  it("renders headings, links and GFM tables", async () => {
    const html = await renderMarkdown("## Title\n\nSee [GPT-4](/models/gpt-4).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
    expect(html).toContain('<h2 id="title">Title</h2>');
    expect(html).toContain('<a href="/models/gpt-4">GPT-4</a>');
    expect(html).toContain("<table>");
  });

  it("turns [^id] citations into numbered links to the source list, counting each use", async () => {
    const html = await renderMarkdown("Announced in 2023.[^blog] Shown again.[^blog] Not a source.[^nope]", [{ id: "blog", number: 2 }]);
    expect(html).toContain('<sup id="cite-blog-1"><a href="#source-blog">[2]</a></sup>');
    expect(html).toContain('<sup id="cite-blog-2"><a href="#source-blog">[2]</a></sup>');
    expect(html).toContain("[^nope]");
  });

  it("marks external links noopener noreferrer", async () => {
    expect(await renderMarkdown("[paper](https://arxiv.org/abs/1)")).toContain('rel="noopener noreferrer"');
  });

  const hostile: [string, string][] = [
    ["script tags", "<script>alert(1)</script>"],
    ["event handlers", '<img src="x" onerror="alert(1)">'],
    ["event handlers on links", '<a href="https://x.org" onclick="steal()">x</a>'],
    ["javascript: links", "[click](javascript:alert(1))"],
    ["javascript: in raw HTML", '<a href="javascript:alert(1)">x</a>'],
    ["iframes", '<iframe src="https://evil.example"></iframe>'],
    ["obfuscated javascript: URLs", "[x](JaVaScRiPt:alert(1))"],
    ["data: URLs", "[x](data:text/html;base64,PHNjcmlwdD4=)"],
    ["style tags", "<style>body{display:none}</style>"],
    ["svg with script", "<svg><script>alert(1)</script></svg>"],
  ];

  it.each(hostile)("removes %s", async (_, markdown) => {
    const html = (await renderMarkdown(`Text.\n\n${markdown}\n`)).toLowerCase();
    expect(html).not.toMatch(/<script|<iframe|<style|\son\w+=|javascript:|data:text/);
  });
});
