// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useUrlState } from "@/components/hooks/use-url-state";

const parse = (search: string) => new URLSearchParams(search).get("q") ?? "";
const serialize = (q: string) => (q ? `?q=${encodeURIComponent(q)}` : "");

function Probe() {
  const [q, setQ] = useUrlState(parse, serialize);
  return (
    <div>
      <output>{q || "(empty)"}</output>
      <button type="button" onClick={() => setQ(`${q}x`, "replace")}>type</button>
      <button type="button" onClick={() => setQ("filter", "push")}>filter</button>
    </div>
  );
}

beforeEach(() => window.history.replaceState(null, "", "/models"));
afterEach(cleanup);

describe("useUrlState", () => {
  it("reads the query string the page was opened with", () => {
    window.history.replaceState(null, "", "/models?q=sora");
    render(<Probe />);
    expect(screen.getByRole("status").textContent).toBe("sora");
  });

  it("replaces the history entry while typing and pushes one for a filter", () => {
    render(<Probe />);
    const before = window.history.length;
    fireEvent.click(screen.getByRole("button", { name: "type" }));
    fireEvent.click(screen.getByRole("button", { name: "type" }));
    expect(window.location.search).toBe("?q=xx");
    expect(window.history.length).toBe(before);
    fireEvent.click(screen.getByRole("button", { name: "filter" }));
    expect(window.location.search).toBe("?q=filter");
    expect(window.history.length).toBe(before + 1);
    expect(screen.getByRole("status").textContent).toBe("filter");
  });

  it("follows back and forward (popstate)", () => {
    render(<Probe />);
    act(() => {
      window.history.pushState(null, "", "/models?q=veo");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    expect(screen.getByRole("status").textContent).toBe("veo");
  });

  it("keeps the path and the hash when it writes", () => {
    window.history.replaceState(null, "", "/timeline#era-fusion");
    render(<Probe />);
    fireEvent.click(screen.getByRole("button", { name: "filter" }));
    expect(window.location.pathname + window.location.search + window.location.hash).toBe("/timeline?q=filter#era-fusion");
  });
});
