"use client";

import { useState } from "react";
import type { BrowseState } from "@/lib/search/browse-state";
import { FACETS, type FacetGroup, type FacetOption } from "@/lib/search/facets";
import { fill, formatNumber } from "@/lib/i18n/format-message";
import { useLocale } from "./i18n/locale-provider";
import type { FacetMessages } from "./browse/browse-messages";

// Long groups (59 organizations) would push everything else out of reach: show the first few,
// always with the chosen ones, and offer the rest behind a button and a filter box.
const COLLAPSED = 8;

type BrowseFacetsProps = {
  groups: FacetGroup[];
  state: BrowseState;
  counts: Record<string, Map<string, number>> | null;
  onToggle: (key: FacetGroup["key"], value: string) => void;
  onYears: (from: number | null, to: number | null) => void;
  eras: { slug: string; name: string; start: number; end: number | null }[];
  yearBounds: { min: number; max: number };
  messages: FacetMessages;
};

/** Checkbox groups; each option shows how many entries it would leave, once the index is loaded. */
export function BrowseFacets({ groups, state, counts, onToggle, onYears, eras, yearBounds, messages: t }: BrowseFacetsProps) {
  const locale = useLocale();
  const yearInput = (name: "from" | "to", label: string) => (
    <label className="flex items-center gap-2 text-sm">
      {label}
      <input
        type="number"
        name={name}
        inputMode="numeric"
        min={yearBounds.min}
        max={yearBounds.max}
        value={state[name] ?? ""}
        placeholder={String(name === "from" ? yearBounds.min : yearBounds.max)}
        onChange={(event) => {
          const value = /^\d{4}$/.test(event.target.value) ? Number(event.target.value) : null;
          if (name === "from") onYears(value, state.to);
          else onYears(state.from, value);
        }}
        className="w-20 rounded border border-border bg-bg px-2 py-1"
      />
    </label>
  );
  return (
    <div className="space-y-4">
      {groups.filter((group) => group.inPanel).map((group) => (
        <fieldset key={group.key} className="rounded-lg border border-border p-3">
          <legend className="px-1 text-sm font-semibold">{group.legend}</legend>
          <FacetOptions group={group} chosen={state[group.key]} t={t}>
            {(options) => options.map((option) => {
              const count = counts?.[group.key]?.get(option.value);
              const checked = state[group.key].includes(option.value);
              return (
                <li key={option.value}>
                  {/* Options that would empty the list are dimmed, not hidden, so the layout stays put. */}
                  <label className={`flex items-center gap-2 text-sm ${count === 0 && !checked ? "text-fg-muted" : ""}`}>
                    <input type="checkbox" name={FACETS[group.key].param} value={option.value} checked={checked} onChange={() => onToggle(group.key, option.value)} />
                    <span>{option.label}</span>
                    {count !== undefined && <span className="ml-auto text-fg-muted">{formatNumber(locale, count)}</span>}
                  </label>
                </li>
              );
            })}
          </FacetOptions>
        </fieldset>
      ))}
      <fieldset className="rounded-lg border border-border p-3">
        <legend className="px-1 text-sm font-semibold">{t.released}</legend>
        <div className="flex flex-wrap gap-3">
          {yearInput("from", t.from)}
          {yearInput("to", t.to)}
        </div>
        <p className="mt-2 text-sm text-fg-muted">{t.era}</p>
        <ul className="mt-1 flex flex-wrap gap-2">
          {eras.map((era) => {
            const active = state.from === era.start && state.to === era.end;
            return (
              <li key={era.slug}>
                <button
                  type="button"
                  aria-pressed={active}
                  onClick={() => (active ? onYears(null, null) : onYears(era.start, era.end))}
                  className="rounded-full border border-border px-2 py-0.5 text-sm aria-pressed:bg-accent aria-pressed:text-accent-fg"
                >
                  {era.name}
                </button>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </div>
  );
}

type FacetOptionsProps = {
  group: FacetGroup;
  chosen: string[];
  t: FacetMessages;
  children: (options: FacetOption[]) => React.ReactNode;
};

function FacetOptions({ group, chosen, t, children }: FacetOptionsProps) {
  const locale = useLocale();
  const [expanded, setExpanded] = useState(false);
  const [filter, setFilter] = useState("");
  const long = group.options.length > COLLAPSED;
  const needle = filter.trim().toLowerCase();
  const visible = !long
    ? group.options
    : expanded
      ? group.options.filter((option) => !needle || option.label.toLowerCase().includes(needle))
      : group.options.filter((option, i) => i < COLLAPSED || chosen.includes(option.value));
  return (
    <>
      {long && expanded && (
        <label className="mb-2 block text-sm">
          <span className="sr-only">{fill(t.filterOptions, { legend: locale === "en" ? group.legend.toLowerCase() : group.legend })}</span>
          <input
            type="search"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            placeholder={fill(t.findIn, { count: formatNumber(locale, group.options.length) })}
            className="w-full rounded border border-border bg-bg px-2 py-1"
          />
        </label>
      )}
      <ul className={long && expanded ? "max-h-72 space-y-1 overflow-y-auto pr-1" : "space-y-1"}>{children(visible)}</ul>
      {long && (
        <button type="button" aria-expanded={expanded} onClick={() => setExpanded((value) => !value)} className="mt-2 text-sm font-medium text-accent underline">
          {expanded ? t.showFewer : fill(t.showAll, { count: formatNumber(locale, group.options.length) })}
        </button>
      )}
    </>
  );
}
