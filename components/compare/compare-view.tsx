"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { useLocale } from "@/components/i18n/locale-provider";
import { compareEntryIn, type CompareEntry } from "@/lib/compare/compare-entry";
import type { SuggestedComparison } from "@/lib/compare/compare-data";
import { compareTitle } from "@/lib/compare/compare-naming";
import { selectionNotices } from "@/lib/compare/compare-notices";
import { buildCompareRows } from "@/lib/compare/compare-rows";
import { compareHref, parseSelection } from "@/lib/compare/compare-url";
import { fill } from "@/lib/i18n/format-message";
import { LABELS } from "@/lib/i18n/labels";
import { localizeHref } from "@/lib/i18n/locales";
import { CompareAdd } from "./compare-add";
import { CompareEmpty } from "./compare-empty";
import type { CompareViewMessages } from "./compare-messages";
import { CompareNotices } from "./compare-notices";
import { CompareTable } from "./compare-table";
import { CopyLinkButton } from "./copy-link-button";
import { useCompareEntries, useEntryNames } from "./use-compare-data";
import { useCompareUrl } from "./use-compare-url";
import { useHydrated } from "../hooks/use-url-state";
import { useDocumentTitle } from "../hooks/use-document-title";

const NO_SLUGS: string[] = [];

type CompareViewProps = { suggestions: SuggestedComparison[]; siteName: string; messages: CompareViewMessages };

/**
 * The URL is the state: the selection is read from ?models= and every change writes it back.
 * A bad link is read as far as it makes sense and explained in notices; it is rewritten only
 * once the reader changes something.
 */
export function CompareView({ suggestions, siteName, messages: t }: CompareViewProps) {
  const locale = useLocale();
  const hydrated = useHydrated();
  const { models, diffOnly, write } = useCompareUrl();
  const catalogNames = useEntryNames(locale);
  const known = useMemo(() => (catalogNames.status === "ready" ? catalogNames.entries.map((entry) => entry.slug) : NO_SLUGS), [catalogNames]);
  const names = useMemo(() => new Map(catalogNames.status === "ready" ? catalogNames.entries.map((entry) => [entry.slug, entry.name]) : []), [catalogNames]);
  const selection = useMemo(() => parseSelection(models, known), [models, known]);
  const loaded = useCompareEntries(selection.slugs);

  // The page is prerendered once for every selection; the tab (and a bookmark) names what is compared.
  const titleNames = selection.slugs.map((slug) => names.get(slug)).filter((name): name is string => Boolean(name));
  const title = `${compareTitle(titleNames, t.title)} · ${siteName}`;
  useDocumentTitle(title);

  // Removing the last column removes the table, and the table's own focus handling with it: the
  // search box takes focus instead of <body>.
  const focusAddNext = useRef(false);
  useEffect(() => {
    if (!focusAddNext.current) return;
    focusAddNext.current = false;
    document.querySelector<HTMLElement>("[data-compare-add]")?.focus();
  });

  // The table waits for every entry of the address to arrive, then appears once: growing a column
  // at a time would move the page under the reader. Later additions come into the table in place.
  const [tableShown, setTableShown] = useState(false);

  if (!hydrated) return null;
  if (catalogNames.status === "loading") return <p role="status">{t.view.loadingIndex}</p>;
  if (catalogNames.status === "error") {
    return <p role="alert">{t.view.indexError}</p>;
  }

  const slugs = selection.slugs;
  const entries = slugs.flatMap((slug): CompareEntry[] => {
    const data = loaded[slug];
    return data === undefined || data === "error" ? [] : [compareEntryIn(data, locale)];
  });
  const failed = slugs.filter((slug) => loaded[slug] === "error");
  const pending = slugs.filter((slug) => !(slug in loaded));
  if (!tableShown && entries.length > 0 && pending.length === 0) setTableShown(true);
  const nameOf = (slug: string) => names.get(slug) ?? slug;
  const nameList = (list: string[]) => list.map(nameOf).join(LABELS[locale].listSeparator);
  const notices = [
    ...selectionNotices(selection, nameOf, t.notices, locale),
    ...(failed.length ? [fill(t.view.loadFailed, { names: nameList(failed) })] : []),
  ];

  const update = (next: string[], nextDiff = diffOnly) => write(next, nextDiff);
  const move = (slug: string, offset: -1 | 1) => {
    const from = slugs.indexOf(slug);
    const next = [...slugs];
    [next[from], next[from + offset]] = [next[from + offset], next[from]];
    update(next);
  };

  return (
    <div className="space-y-6">
      <CompareNotices notices={notices} />
      {slugs.length === 0 && <CompareEmpty suggestions={suggestions} scripted messages={t} locale={locale} />}
      <CompareAdd selected={slugs} onAdd={(slug) => update([...slugs, slug])} messages={t.add} />
      {slugs.length === 1 && entries.length === 1 && (
        <p className="font-medium">{fill(t.view.addAnother, { name: entries[0].name })}</p>
      )}
      {slugs.length > 0 && (
        <div className="flex flex-wrap items-center justify-between gap-3">
          {slugs.length > 1 ? (
            <label className="flex items-center gap-2 font-medium">
              <input type="checkbox" checked={diffOnly} onChange={(event) => update(slugs, event.target.checked)} className="h-4 w-4" />
              {t.view.diffOnly}
            </label>
          ) : (
            <span />
          )}
          <CopyLinkButton path={localizeHref(locale, compareHref(slugs, diffOnly))} messages={t.copy} />
        </div>
      )}
      {pending.length > 0 && <p role="status">{fill(t.view.loading, { names: nameList(pending) })}</p>}
      {entries.length > 0 && tableShown && (
        <CompareTable
          entries={entries}
          rows={buildCompareRows(entries, t.table, locale)}
          diffOnly={diffOnly && entries.length > 1}
          onMove={move}
          onRemove={(slug) => {
            if (entries.every((entry) => entry.slug === slug)) focusAddNext.current = true;
            update(slugs.filter((each) => each !== slug));
          }}
          texts={t.table}
        />
      )}
    </div>
  );
}
