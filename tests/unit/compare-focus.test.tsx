// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { CompareView } from "@/components/compare/compare-view";
import { LocaleProvider } from "@/components/i18n/locale-provider";
import type { CompareViewMessages } from "@/components/compare/compare-messages";
import type { CompareEntry } from "@/lib/compare/compare-entry";
import { compare } from "@/lib/i18n/messages/compare";
import type { Locale } from "@/lib/i18n/locales";
import type { IndexEntry } from "@/lib/search/search-index";

// Where keyboard focus goes in /compare after adding, moving or removing an entry: it must land on
// something that still exists and still works, never fall back to <body>.

const ENTRIES: Record<string, [string, string]> = { alpha: ["Alpha", "阿尔法"], beta: ["Beta", "贝塔"], gamma: ["Gamma", "伽马"] };

function indexEntry(slug: string, name: string): IndexEntry {
  return {
    slug, name, aliases: [], variants: [], organizations: ["Lab"], keywords: [], countries: [], kind: "model", released: "2023-01-01",
    year: 2023, era: null, input: ["text"], output: ["text"], modalitySlugs: ["text"], architecture: "transformer", openWeights: "no",
    parameters: null, summary: `${name} summary.`,
  };
}

function compareEntry(slug: string): CompareEntry {
  const [name, chinese] = ENTRIES[slug];
  const facts = { released: { text: "1 January 2023", dateTime: "2023-01-01" }, parameters: { text: "Undisclosed" } };
  const texts = { name, organizations: ["Lab"], era: null, input: ["Text"], output: ["Text"], facts, relations: [], summary: `${name} summary.` };
  return {
    ...texts, slug, kind: "model", released: "2023-01-01", architecture: "transformer", parameters: "undisclosed", openWeights: "no", sources: [],
    zh: { ...texts, name: chinese, input: ["文本"], output: ["文本"], facts: { ...facts, released: { text: "2023年1月1日", dateTime: "2023-01-01" }, parameters: { text: "未公开" } } },
  };
}

const json = (data: unknown) => Promise.resolve(new Response(JSON.stringify(data), { status: 200, headers: { "content-type": "application/json" } }));

beforeEach(() => {
  vi.stubGlobal(
    "fetch",
    vi.fn((input: RequestInfo | URL) => {
      const url = String(input);
      if (url === "/entry-names.json") return json(Object.entries(ENTRIES).map(([slug, [name]]) => [slug, name]));
      if (url === "/zh/entry-names.json") return json(Object.entries(ENTRIES).map(([slug, [, name]]) => [slug, name]));
      if (url === "/search-index.json") return json(Object.entries(ENTRIES).map(([slug, [name]]) => indexEntry(slug, name)));
      if (url === "/zh/search-index.json") return json(Object.entries(ENTRIES).map(([slug, [, name]]) => indexEntry(slug, name)));
      const slug = /^\/data\/entries\/([a-z-]+)\.json$/.exec(url)?.[1];
      return slug && slug in ENTRIES ? json(compareEntry(slug)) : Promise.resolve(new Response("", { status: 404 }));
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function messages(locale: Locale): CompareViewMessages {
  const { title, empty, suggestions, view, add, copy, table, notices } = compare[locale];
  return { title, empty, suggestions, view, add, copy, table, notices };
}

async function open(search: string, locale: Locale = "en") {
  window.history.replaceState(null, "", `/compare${search}`);
  render(
    <LocaleProvider locale={locale}>
      <CompareView suggestions={[]} siteName="AIGC Catalog" messages={messages(locale)} />
    </LocaleProvider>,
  );
  await screen.findByRole("combobox");
}

// The entry's name is in a visually hidden span after "Remove"; jsdom has no layout, so the
// accessible name it computes may lack the space a browser puts there.
const removeName = (verb: string, name: string) => new RegExp(`^${verb}\\s?${name}$`);

const active = () => document.activeElement as HTMLElement;

describe("compare focus", () => {
  it("keeps focus in the search box after adding an entry, ready for the next one", async () => {
    await open("?models=alpha");
    const box = screen.getByRole("combobox", { name: "Add an entry" });
    box.focus();
    fireEvent.change(box, { target: { value: "beta" } });
    fireEvent.keyDown(box, { key: "Enter" });
    await screen.findByRole("columnheader", { name: "Beta" });
    expect(window.location.search).toBe("?models=alpha,beta");
    expect(active()).toBe(screen.getByRole("combobox", { name: "Add an entry" }));
    expect((active() as HTMLInputElement).value).toBe("");
  });

  it("moves focus to the neighbouring column's Remove button after a removal", async () => {
    await open("?models=alpha,beta,gamma");
    await screen.findByRole("columnheader", { name: "Gamma" });
    fireEvent.click(screen.getByRole("button", { name: removeName("Remove", "Beta") }));
    await waitFor(() => expect(screen.queryByRole("columnheader", { name: "Beta" })).toBeNull());
    // The column to the right took Beta's place.
    expect(active()).toBe(screen.getByRole("button", { name: removeName("Remove", "Gamma") }));
    // The last column has no right-hand neighbour: focus goes to the one on its left.
    fireEvent.click(screen.getByRole("button", { name: removeName("Remove", "Gamma") }));
    await waitFor(() => expect(screen.queryByRole("columnheader", { name: "Gamma" })).toBeNull());
    expect(active()).toBe(screen.getByRole("button", { name: removeName("Remove", "Alpha") }));
  });

  it("sends focus to the search box when the last entry is removed", async () => {
    await open("?models=alpha");
    await screen.findByRole("columnheader", { name: "Alpha" });
    fireEvent.click(screen.getByRole("button", { name: removeName("Remove", "Alpha") }));
    await waitFor(() => expect(screen.queryByRole("table")).toBeNull());
    expect(active()).toBe(screen.getByRole("combobox", { name: "Add an entry" }));
  });

  it("follows a moved column, and switches to the other arrow when the moved one is disabled", async () => {
    await open("?models=alpha,beta");
    await screen.findByRole("columnheader", { name: "Beta" });
    fireEvent.click(screen.getByRole("button", { name: "Move Beta left" }));
    await waitFor(() => expect(window.location.search).toBe("?models=beta,alpha"));
    // Beta is now first, so its left arrow is disabled: focus goes to its right arrow.
    expect(active()).toBe(screen.getByRole("button", { name: "Move Beta right" }));
  });

  it("does the same on the Chinese page, with Chinese names and labels", async () => {
    await open("?models=alpha,beta,gamma", "zh");
    await screen.findByRole("columnheader", { name: "伽马" });
    expect(screen.getByRole("combobox", { name: "添加条目" })).toBeTruthy();
    expect(screen.getByRole("rowheader", { name: "发布日期" }).closest("tr")!.textContent).toContain("2023年1月1日");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: removeName("移除", "贝塔") })));
    await waitFor(() => expect(screen.queryByRole("columnheader", { name: "贝塔" })).toBeNull());
    expect(active()).toBe(screen.getByRole("button", { name: removeName("移除", "伽马") }));
  });
});
