"use client";

import { useEffect, useId, useMemo, useState } from "react";
import { useCombobox } from "../hooks/use-combobox";
import { useLocale } from "@/components/i18n/locale-provider";
import { MAX_COMPARED } from "@/lib/compare/compare-url";
import { fill, plural } from "@/lib/i18n/format-message";
import { LABELS } from "@/lib/i18n/labels";
import type { IndexEntry } from "@/lib/search/search-index";
import { useSearchIndex } from "./use-compare-data";
import type { CompareMessages } from "./compare-messages";

type CompareAddProps = {
  selected: readonly string[];
  onAdd: (slug: string) => void;
  messages: CompareMessages["add"];
};

const SHOWN = 6;
const NO_ENTRIES: IndexEntry[] = [];

/**
 * Adds an entry by name, matching exactly as /models does: a combobox whose ↑/↓ choose a match and
 * Enter adds it; Enter with none chosen takes the best match.
 */
export function CompareAdd({ selected, onAdd, messages: t }: CompareAddProps) {
  const locale = useLocale();
  const [query, setQuery] = useState("");
  // The search index loads when the reader comes to the box, not with the page.
  const [wanted, setWanted] = useState(false);
  const loaded = useSearchIndex(locale, wanted);

  const id = useId();
  const full = selected.length >= MAX_COMPARED;
  const matches = useMemo(
    () => (loaded.status === "ready" ? loaded.search(query) : NO_ENTRIES).filter((entry) => !selected.includes(entry.slug)).slice(0, SHOWN),
    [loaded, query, selected],
  );

  const add = (slug: string) => {
    onAdd(slug);
    setQuery("");
    document.getElementById(`${id}-input`)?.focus();
  };

  // Enter pressed before the index arrived takes the best match as soon as it does.
  const [enterPending, setEnterPending] = useState(false);
  const best = matches[0]?.slug;
  useEffect(() => {
    if (!enterPending || loaded.status === "loading") return;
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setEnterPending(false);
    if (best) add(best);
    // add() is recreated every render; what matters is the index arriving.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enterPending, loaded.status, best]);

  const open = query.trim() !== "" && !full;
  const listShown = open && matches.length > 0;
  const combobox = useCombobox({
    count: matches.length,
    open: listShown,
    query,
    onPick: (index) => add(matches[index].slug),
    onEnter: () => {
      if (loaded.status === "loading") setEnterPending(true);
      else if (matches[0]) add(matches[0].slug);
    },
    onEscape: () => setQuery(""),
  });

  return (
    <div className="max-w-xl">
      <label htmlFor={`${id}-input`} className="block font-medium">
        {t.label}
      </label>
      <input
        id={`${id}-input`}
        data-compare-add
        type="search"
        value={query}
        disabled={full}
        aria-describedby={`${id}-hint`}
        placeholder={full ? "" : t.placeholder}
        autoComplete="off"
        onChange={(event) => setQuery(event.target.value)}
        onFocus={() => setWanted(true)}
        {...combobox.inputProps}
        className="mt-1 w-full rounded-md border border-border bg-bg px-2 py-1 disabled:opacity-60"
      />
      <p id={`${id}-hint`} className="mt-1 text-sm text-fg-muted">
        {full ? fill(t.full, { max: MAX_COMPARED }) : t.hint}
      </p>
      <p role="status" className="sr-only">
        {query.trim() && !full && loaded.status === "ready" ? plural(locale, t.matches, matches.length) : ""}
      </p>
      {open && loaded.status === "loading" && <p className="mt-2 px-3 py-2 text-fg-muted">{t.loading}</p>}
      {open && loaded.status === "error" && <p role="alert" className="mt-2 px-3 py-2">{t.error}</p>}
      {matches.length === 0 && open && loaded.status === "ready" && <p className="mt-2 px-3 py-2 break-words text-fg-muted">{fill(t.noMatch, { query })}</p>}
      {/* The list stays in the page while closed, so aria-controls always names an element. */}
      <ul
        {...combobox.listProps}
        aria-label={t.listLabel}
        hidden={!listShown}
        className="mt-2 divide-y divide-border rounded-md border border-border"
      >
        {matches.map((entry, index) => (
          <li
            key={entry.slug}
            {...combobox.optionProps(index)}
            className={`cursor-pointer px-3 py-2 hover:bg-bg-muted ${index === combobox.active ? "bg-bg-muted outline-2 -outline-offset-2 outline-accent" : ""}`}
          >
            <OptionName template={t.option} name={entry.name} />
            <span className="text-sm text-fg-muted">
              {" "}· {entry.organizations.join(LABELS[locale].listSeparator)} · {entry.year ?? t.dateUnknown}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "Add GPT-4" with only the name visible: the words around it are for screen readers. */
function OptionName({ template, name }: { template: string; name: string }) {
  const [before, after = ""] = template.split("{name}");
  return (
    <>
      {before && <span className="sr-only">{before}</span>}
      <span className="font-medium">{name}</span>
      {after && <span className="sr-only">{after}</span>}
    </>
  );
}
