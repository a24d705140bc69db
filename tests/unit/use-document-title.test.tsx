// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, waitFor } from "@testing-library/react";
import { useDocumentTitle } from "@/components/hooks/use-document-title";

// /compare names the tab after the compared entries; Next.js's metadata may write the head's
// <title> again after that, and the tab must keep the compared names.

function Titled({ title }: { title: string }) {
  useDocumentTitle(title);
  return null;
}

afterEach(() => {
  cleanup();
  document.head.innerHTML = "";
});

describe("useDocumentTitle", () => {
  it("puts its title back when something else rewrites the head's <title>", async () => {
    document.head.innerHTML = "<title>Compare · AIGC Catalog</title>";
    const { rerender } = render(<Titled title="GPT-4 vs PaLM-E · Compare · AIGC Catalog" />);
    expect(document.title).toBe("GPT-4 vs PaLM-E · Compare · AIGC Catalog");
    // What the framework does when it commits its own title text late.
    document.querySelector("title")!.firstChild!.nodeValue = "Compare · AIGC Catalog";
    await waitFor(() => expect(document.title).toBe("GPT-4 vs PaLM-E · Compare · AIGC Catalog"));
    rerender(<Titled title="GPT-4 · Compare · AIGC Catalog" />);
    expect(document.title).toBe("GPT-4 · Compare · AIGC Catalog");
  });

  it("lets go once the component is gone", async () => {
    document.head.innerHTML = "<title>Compare · AIGC Catalog</title>";
    const { unmount } = render(<Titled title="GPT-4 vs PaLM-E · Compare · AIGC Catalog" />);
    unmount();
    document.title = "Timeline · AIGC Catalog";
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.title).toBe("Timeline · AIGC Catalog");
  });
});
