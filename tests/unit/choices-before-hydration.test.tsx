// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { act, useRef, useState } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { controlsChangedSinceServed, useChoicesBeforeHydration } from "@/components/hooks/use-choices-before-hydration";
import type { ControlValue } from "@/lib/search/browse-state";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// What a reader did to a static page's form before its scripts ran must survive hydration.

afterEach(() => {
  document.body.innerHTML = "";
});

function served(html: string) {
  const root = document.createElement("div");
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

describe("controlsChangedSinceServed", () => {
  it("finds the named controls whose value differs from the served HTML, and only those", () => {
    const root = served(`
      <input type="search" name="q" value="">
      <input type="search" name="untouched" value="kept">
      <select name="sort"><option value="newest" selected>Newest</option><option value="name">Name</option></select>
      <input type="checkbox" name="modality" value="image">
      <input type="checkbox" name="modality" value="text" checked>
      <input type="checkbox" name="modality" value="audio">
      <input type="search" value="no name">`);
    const [q, , sort, image, text] = root.querySelectorAll<HTMLInputElement & HTMLSelectElement>("input, select");
    expect(controlsChangedSinceServed(root)).toEqual([]);
    q.value = "sora";
    sort.value = "name";
    image.checked = true;
    text.checked = false;
    root.querySelectorAll<HTMLInputElement>("input")[5].value = "ignored: no name";
    expect(controlsChangedSinceServed(root)).toEqual([
      { name: "q", value: "sora" },
      { name: "sort", value: "name" },
      { name: "modality", value: "image", checked: true },
      { name: "modality", value: "text", checked: false },
    ]);
  });
});

function SortForm({ onAdopt }: { onAdopt: (changes: ControlValue[]) => void }) {
  const [sort, setSort] = useState("newest");
  const form = useRef<HTMLDivElement>(null);
  useChoicesBeforeHydration(form, (changes) => {
    onAdopt(changes);
    setSort(changes[0].value);
  });
  return (
    <div ref={form}>
      <select name="sort" value={sort} onChange={(event) => setSort(event.target.value)}>
        <option value="newest">Newest</option>
        <option value="name">Name</option>
      </select>
      <output>{sort}</output>
    </div>
  );
}

describe("useChoicesBeforeHydration", () => {
  it("hands a choice made before hydration to the component, which keeps it", async () => {
    const container = served(renderToString(<SortForm onAdopt={() => {}} />));
    container.querySelector("select")!.value = "name"; // the reader, before the scripts ran
    const adopted: ControlValue[][] = [];
    await act(async () => {
      hydrateRoot(container, <SortForm onAdopt={(changes) => adopted.push(changes)} />);
    });
    expect(adopted).toEqual([[{ name: "sort", value: "name" }]]);
    expect(container.querySelector("select")!.value).toBe("name");
    expect(container.querySelector("output")!.textContent).toBe("name");
  });

  it("calls nothing when the reader changed nothing", async () => {
    const container = served(renderToString(<SortForm onAdopt={() => {}} />));
    const adopted: ControlValue[][] = [];
    await act(async () => {
      hydrateRoot(container, <SortForm onAdopt={(changes) => adopted.push(changes)} />);
    });
    expect(adopted).toEqual([]);
    expect(container.querySelector("select")!.value).toBe("newest");
  });
});
