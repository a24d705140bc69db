import { describe, expect, it } from "vitest";
import { bibtexCitation, catalogCitationTarget, entryCitationTarget, escapeBibtex, plainTextCitation } from "@/lib/publish/citation";
import { SITE } from "@/lib/site";

const gpt4 = entryCitationTarget({ slug: "gpt-4", name: "GPT-4", verified: "2026-11-30" });

describe("Cite this", () => {
  it("gives a BibTeX entry keyed by slug, with the page URL and the verified date", () => {
    const bibtex = bibtexCitation(gpt4);
    expect(bibtex).toMatch(/^@misc\{aigc-catalog-gpt-4,\n/);
    expect(bibtex).toContain("title        = {{GPT-4}},");
    expect(bibtex).toContain(`howpublished = {\\url{${SITE.url}/models/gpt-4}},`);
    expect(bibtex).toContain("year         = {2026},");
    expect(bibtex).toContain("verified against the cited sources on 2026-11-30");
    // Balanced braces, or BibTeX swallows the rest of the file.
    expect([...bibtex].filter((c) => c === "{").length).toBe([...bibtex].filter((c) => c === "}").length);
  });

  it("escapes LaTeX specials in names", () => {
    expect(escapeBibtex("R&D_v2 {beta} 100%")).toBe("R\\&D\\_v2 \\{beta\\} 100\\%");
    expect(bibtexCitation({ ...gpt4, title: "A & B" })).toContain("{{A \\& B}}");
  });

  it("gives a plain-text citation with the readable verified date", () => {
    expect(plainTextCitation(gpt4)).toBe(`${SITE.name}. "GPT-4." ${SITE.name}, facts verified 30 November 2026. ${SITE.url}/models/gpt-4`);
  });

  it("dates the whole catalog by its most recently verified entry", () => {
    expect(catalogCitationTarget([{ verified: "2025-01-02" }, { verified: "2026-03-04" }, { verified: "2025-12-31" }]).verified).toBe("2026-03-04");
  });
});
