"use client";

import Link from "@/components/intent-link";
import { useEffect, useRef } from "react";
import type { CompareEntry } from "@/lib/compare/compare-entry";
import type { CompareRow } from "@/lib/compare/compare-rows";
import { fill } from "@/lib/i18n/format-message";
import type { CompareMessages } from "./compare-messages";
import { CompareRowView } from "./compare-row";
import { entryHref } from "@/lib/routes";

type CompareTableProps = {
  entries: CompareEntry[];
  rows: CompareRow[];
  diffOnly: boolean;
  onMove: (slug: string, offset: -1 | 1) => void;
  onRemove: (slug: string) => void;
  texts: CompareMessages["table"];
};

// Separate borders on cells, not rows: with collapsed borders a sticky cell leaves its border behind.
const CELL = "border-b border-border";
// -1px, not 0: at fractional device pixel ratios a 0 offset leaves a hairline where scrolled text shows through.
const PINNED = "sticky -left-px z-10 border-r border-border";
const STICKY = `${PINNED} border-b`;
const BUTTON = "rounded border border-border px-2 py-0.5 text-sm disabled:opacity-40";

// The entries' names stay at the top while reading down. Sticky top only works against the box that
// scrolls, so below the lg breakpoint the table scrolls inside a box shorter than the screen rather
// than with the page (on wide screens nothing is hidden, and the page scrolls as usual).
const NAME = "sticky top-0 z-20 bg-bg";

/**
 * Row headers stay put (sticky first column) while the entry columns scroll sideways on phones, and
 * the names row stays put while the rows scroll up.
 */
export function CompareTable({ entries, rows, diffOnly, onMove, onRemove, texts }: CompareTableProps) {
  const table = useRef<HTMLTableElement>(null);
  // Moving or removing a column re-renders its buttons; focus goes to the first of these that still works.
  const focusNext = useRef<string[]>([]);

  useEffect(() => {
    const candidates = focusNext.current;
    focusNext.current = [];
    for (const key of candidates) {
      const target = key === "add" ? document.querySelector<HTMLElement>("[data-compare-add]") : table.current?.querySelector<HTMLButtonElement>(`[data-focus-key="${key}"]`);
      if (target && !(target as HTMLButtonElement).disabled) return target.focus();
    }
  }, [entries]);

  const shown = diffOnly ? rows.filter((row) => row.differs) : rows;
  const neighbour = (index: number) => entries[index + 1] ?? entries[index - 1];

  return (
    // `relative` keeps the visually hidden labels (absolutely positioned) inside the scroller; otherwise
    // they escape its clipping and widen the whole page on phones.
    <div data-compare-scroller className="relative overflow-x-auto rounded-lg border border-border max-lg:max-h-[75vh] max-lg:overflow-y-auto">
      <table ref={table} className="w-full border-separate border-spacing-0 text-left text-sm">
        <thead>
          <tr>
            <th scope="col" className={`${PINNED} top-0 z-30 bg-bg p-3 align-bottom`}>
              <span className="sr-only">{texts.field}</span>
            </th>
            {entries.map((entry) => (
              <th key={entry.slug} scope="col" className={`${NAME} min-w-44 p-3 align-bottom text-base font-semibold`}>
                <Link href={entryHref(entry.slug)}>{entry.name}</Link>
              </th>
            ))}
          </tr>
          <tr>
            <th scope="row" className={`${STICKY} bg-bg p-3`}>
              <span className="sr-only">{texts.arrange}</span>
            </th>
            {entries.map((entry, index) => (
              <td key={entry.slug} className={`${CELL} px-3 pb-3`}>
                <div className="flex flex-wrap gap-1">
                  <button
                    type="button"
                    data-focus-key={`${entry.slug}:left`}
                    disabled={index === 0}
                    onClick={() => {
                      focusNext.current = [`${entry.slug}:left`, `${entry.slug}:right`];
                      onMove(entry.slug, -1);
                    }}
                    className={BUTTON}
                  >
                    <span aria-hidden="true">←</span>
                    <span className="sr-only">{fill(texts.moveLeft, { name: entry.name })}</span>
                  </button>
                  <button
                    type="button"
                    data-focus-key={`${entry.slug}:right`}
                    disabled={index === entries.length - 1}
                    onClick={() => {
                      focusNext.current = [`${entry.slug}:right`, `${entry.slug}:left`];
                      onMove(entry.slug, 1);
                    }}
                    className={BUTTON}
                  >
                    <span aria-hidden="true">→</span>
                    <span className="sr-only">{fill(texts.moveRight, { name: entry.name })}</span>
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      const next = neighbour(index);
                      focusNext.current = next ? [`${next.slug}:remove`, "add"] : ["add"];
                      onRemove(entry.slug);
                    }}
                    data-focus-key={`${entry.slug}:remove`}
                    className={BUTTON}
                  >
                    {texts.remove}<span className="sr-only"> {entry.name}</span>
                  </button>
                </div>
              </td>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <CompareRowView key={row.key} row={row} columnKeys={entries.map((entry) => entry.slug)} headerClassName={STICKY} cellClassName={CELL} texts={texts} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
