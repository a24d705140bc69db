"use client";

import { useEffect, useMemo, useState, type MouseEvent, type ReactNode } from "react";
import { ALL_MODALITIES, parseModalityFilter } from "@/lib/timeline/timeline-filter";
import { useUrlSearch, writeSearch } from "../hooks/use-url-state";
import { useLocale } from "../i18n/locale-provider";
import { fill } from "@/lib/i18n/format-message";
import { localizeHref } from "@/lib/i18n/locales";

/** The filter's words, passed down by the server page in the page's language. */
export type TimelineFilterMessages = { label: string; all: string; unknown: string; status: string; statusModality: string };

type TimelineFilterProps = {
  /** The page's own path, so filter links are real, shareable URLs. */
  path: string;
  filters: { slug: string; label: string }[];
  /** Events per modality, counted at build time. */
  counts: Record<string, number>;
  total: number;
  messages: TimelineFilterMessages;
  /** The server-rendered timeline: every event is in the HTML, this leaf only hides some. */
  children: ReactNode;
};

function queryFor(slug: string): string {
  return slug === ALL_MODALITIES ? "" : `?modality=${slug}`;
}

/**
 * Reads `?modality=` after hydration (the page is a static file, so the server never sees the
 * query), marks the timeline with the chosen modality and keeps the URL in step, back and forward
 * included. The controls work only with JavaScript: until it runs they hold their place unseen, so
 * showing them moves nothing on the page; without it they take no room at all.
 */
export function TimelineFilter({ path, filters, counts, total, messages: t, children }: TimelineFilterProps) {
  const locale = useLocale();
  const search = useUrlSearch();
  const filter = useMemo(
    () => parseModalityFilter(new URLSearchParams(search).get("modality"), filters.map((f) => f.slug)),
    [search, filters],
  );
  // The controls need JavaScript to filter anything, so they are shown only once it runs.
  const [ready, setReady] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setReady(true), []);

  const choose = (event: MouseEvent<HTMLAnchorElement>, slug: string) => {
    // Let the browser open new tabs and windows itself.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    writeSearch(queryFor(slug), "push");
  };

  const active = filter.kind === "modality" ? filter.slug : ALL_MODALITIES;
  const label = filters.find((f) => f.slug === active)?.label;
  const shown = filter.kind === "modality" ? (counts[filter.slug] ?? 0) : total;

  return (
    <>
      <div className="mb-6 space-y-3">
        <noscript>
          <style>{"[data-timeline-filter-controls]{display:none}"}</style>
        </noscript>
        <nav aria-label={t.label} data-timeline-filter-controls inert={!ready} className={ready ? undefined : "invisible"}>
          <ul className="flex flex-wrap gap-2">
            {[{ slug: ALL_MODALITIES, label: t.all }, ...filters].map((f) => (
              <li key={f.slug}>
                <a
                  href={localizeHref(locale, `${path}${queryFor(f.slug)}`)}
                  aria-current={f.slug === active ? "true" : undefined}
                  onClick={(event) => choose(event, f.slug)}
                  data-filter-link
                  className="inline-block rounded-full border border-border px-3 py-1 text-sm font-medium no-underline hover:underline"
                >
                  {f.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {filter.kind === "unknown" && (
          <p className="rounded-md border border-border bg-mark px-3 py-2 text-sm">{fill(t.unknown, { value: filter.value })}</p>
        )}
        <p role="status" className="text-sm text-fg-muted">
          {filter.kind === "modality" ? fill(t.statusModality, { shown, total, label: label ?? "" }) : fill(t.status, { shown, total })}
        </p>
      </div>
      <div data-timeline-filter={active} className="space-y-8">
        {children}
      </div>
    </>
  );
}
