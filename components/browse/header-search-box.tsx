"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { entryHref } from "@/lib/routes";
import { localizeHref, type Locale } from "@/lib/i18n/locales";
import type { SearchHit } from "@/lib/search/search";
import { useCombobox } from "../hooks/use-combobox";
import { useChoicesBeforeHydration } from "../hooks/use-choices-before-hydration";
import { useLocale } from "../i18n/locale-provider";
import type { HeaderSearchMessages } from "./browse-messages";

type Suggest = {
  search: (query: string) => SearchHit[];
  /** The one entry a query names outright (its exact name or alias), if exactly one does. */
  only: (hits: SearchHit[]) => SearchHit | undefined;
};

const SHOWN = 6;

// The search code and the index (in the page's language) are fetched on first focus, so a page
// nobody searches from pays nothing for them.
async function loadSuggest(locale: Locale): Promise<Suggest> {
  const [{ loadSearchIndex }, { searchHits, TIERS }] = await Promise.all([import("@/lib/search/load-search-index"), import("@/lib/search/search")]);
  const index = await loadSearchIndex(locale);
  return {
    search: (query) => searchHits(index, query),
    only: (hits) => {
      const exact = hits.filter((hit) => hit.tier === TIERS.exactName || hit.tier === TIERS.exactAlias);
      return exact.length === 1 ? exact[0] : undefined;
    },
  };
}

/**
 * A GET form to /models?q=… (/zh/models on a Chinese page), so it works without JavaScript. With it, suggestions appear as you type
 * (a combobox: ↑/↓ and Enter open an entry), and Enter on a query that names exactly one entry
 * ("sora") opens that entry. The `/` key focuses the page's own search box when there is one
 * (on /models), otherwise this one; Esc clears.
 */
export function HeaderSearchBox({ messages: t, listSeparator }: { messages: HeaderSearchMessages; listSeparator: string }) {
  const locale = useLocale();
  const models = localizeHref(locale, "/models");
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [suggest, setSuggest] = useState<Suggest | null>(null);
  const [focused, setFocused] = useState(false);
  const loading = useRef(false);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      if (target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      event.preventDefault();
      const pageBox = document.querySelector<HTMLInputElement>("[data-page-search]");
      (pageBox ?? input.current)?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const ensureSuggest = () => {
    if (loading.current) return;
    loading.current = true;
    loadSuggest(locale)
      .then((ready) => setSuggest(() => ready))
      // Without the index the box is still a plain form to /models.
      .catch(() => (loading.current = false));
  };

  // Words typed before the scripts ran stay in the box, and get their suggestions if it still has focus.
  useChoicesBeforeHydration(form, (changes) => {
    setQuery(changes.find((change) => change.name === "q")?.value ?? "");
    if (document.activeElement === input.current) {
      setFocused(true);
      ensureSuggest();
    }
  });

  const hits = suggest && query.trim() ? suggest.search(query) : [];
  const shown = hits.slice(0, SHOWN);
  const open = focused && shown.length > 0;

  const go = (slug: string) => {
    setFocused(false);
    input.current?.blur();
    router.push(localizeHref(locale, entryHref(slug)));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const q = query.trim();
    if (!q || !suggest) return; // the browser submits the form as it would without JavaScript
    event.preventDefault();
    const only = suggest.only(hits);
    if (only) go(only.entry.slug);
    else {
      setFocused(false);
      router.push(`${models}?${new URLSearchParams({ q })}`);
    }
  };

  const combobox = useCombobox({
    count: shown.length,
    open,
    query,
    onPick: (index) => go(shown[index].entry.slug),
    onEscape: () => setQuery(""),
  });

  return (
    <form ref={form} action={models} method="get" role="search" onSubmit={onSubmit} className="relative ml-auto flex items-center gap-2">
      <label htmlFor="header-search" className="text-sm font-medium">
        {t.label}
      </label>
      <input
        ref={input}
        id="header-search"
        type="search"
        name="q"
        value={query}
        placeholder={t.placeholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setQuery(event.target.value)}
        onFocus={() => {
          setFocused(true);
          ensureSuggest();
        }}
        onBlur={() => setFocused(false)}
        {...combobox.inputProps}
        className="w-44 rounded-md border border-border bg-bg px-2 py-1 text-sm sm:w-56"
      />
      <button type="submit" className="rounded-md bg-accent px-3 py-1 text-sm font-medium text-accent-fg">
        {t.submit}
      </button>
      <ul
        {...combobox.listProps}
        aria-label={t.suggestions}
        hidden={!open}
        className="absolute top-full right-0 z-20 mt-1 w-72 max-w-[90vw] divide-y divide-border rounded-md border border-border bg-bg shadow-lg"
      >
        {shown.map((hit, index) => (
          <li
            key={hit.entry.slug}
            {...combobox.optionProps(index)}
            className={`cursor-pointer px-3 py-2 text-sm hover:bg-bg-muted ${index === combobox.active ? "bg-bg-muted outline-2 -outline-offset-2 outline-accent" : ""}`}
          >
            <span className="font-medium">{hit.entry.name}</span>
            <span className="text-fg-muted"> · {hit.entry.organizations.join(listSeparator)}</span>
          </li>
        ))}
      </ul>
    </form>
  );
}
