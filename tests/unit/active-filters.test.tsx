// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { ActiveFilters } from "@/components/active-filters";
import { CompareTray } from "@/components/compare/compare-tray";
import { EMPTY_STATE } from "@/lib/search/browse-state";
import type { FacetGroup } from "@/lib/search/facets";
import { browse } from "@/lib/i18n/messages/browse";

afterEach(cleanup);

const groups: FacetGroup[] = [
  { key: "modality", legend: "Modality", combine: "any", inPanel: false, options: [{ value: "video", label: "Video" }] },
  { key: "kind", legend: "Kind", combine: "any", inPanel: true, options: [{ value: "product", label: "Product" }] },
];

describe("ActiveFilters", () => {
  it("shows nothing when no filter is active", () => {
    const { container } = render(<ActiveFilters state={EMPTY_STATE} groups={groups} onChange={() => {}} messages={browse.en.chips} />);
    expect(container.textContent).toBe("");
  });

  it("offers one removable chip per filter, labelled with its facet and option", () => {
    const onChange = vi.fn();
    render(<ActiveFilters state={{ ...EMPTY_STATE, q: "sora", modality: ["video"], kind: ["product"] }} groups={groups} onChange={onChange} messages={browse.en.chips} />);
    fireEvent.click(screen.getByRole("button", { name: /Modality: Video/ }));
    expect(onChange).toHaveBeenCalledWith({ ...EMPTY_STATE, q: "sora", kind: ["product"] });
    fireEvent.click(screen.getByRole("button", { name: "Clear all" }));
    expect(onChange).toHaveBeenLastCalledWith(EMPTY_STATE);
  });
});

describe("CompareTray", () => {
  it("links the ticked entries to /compare, keeping the first four", () => {
    render(<CompareTray slugs={["gpt-4", "palm-e", "sora", "clip", "bert"]} />);
    expect(screen.getByRole("link", { name: "Compare (5)" }).getAttribute("href")).toBe("/compare?models=gpt-4,palm-e,sora,clip");
    expect(screen.getByRole("status").textContent).toMatch(/first 4/);
  });
});
