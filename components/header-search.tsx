"use client";

import { useEffect, useRef } from "react";

/**
 * A plain GET form to /models?q=…, so it works without JavaScript. The `/` key focuses the
 * page's own search box when there is one (on /models), otherwise this one; Esc clears.
 */
export function HeaderSearch() {
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement;
      if (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return;
      event.preventDefault();
      const pageBox = document.querySelector<HTMLInputElement>("[data-page-search]");
      (pageBox ?? input.current)?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <form action="/models" method="get" role="search" className="ml-auto flex items-center gap-2">
      <label htmlFor="header-search" className="text-sm font-medium">
        Search
      </label>
      <input
        ref={input}
        id="header-search"
        type="search"
        name="q"
        placeholder="GPT-4, dalle, palm e…"
        autoComplete="off"
        onKeyDown={(event) => {
          if (event.key === "Escape") event.currentTarget.value = "";
        }}
        className="w-44 rounded-md border border-border bg-bg px-2 py-1 text-sm sm:w-56"
      />
      <button type="submit" className="rounded-md bg-accent px-3 py-1 text-sm font-medium text-accent-fg">
        Go
      </button>
    </form>
  );
}
