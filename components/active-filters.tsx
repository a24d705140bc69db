import { EMPTY_STATE, isDefaultState, type BrowseState } from "@/lib/search/browse-state";
import type { FacetGroup } from "@/lib/search/facets";
import { fill } from "@/lib/i18n/format-message";
import type { ChipMessages } from "./browse/browse-messages";

type ActiveFiltersProps = {
  state: BrowseState;
  groups: FacetGroup[];
  onChange: (next: BrowseState) => void;
  messages: ChipMessages;
};

/** One removable chip per active filter, plus "Clear all". */
export function ActiveFilters({ state, groups, onChange, messages: t }: ActiveFiltersProps) {
  if (isDefaultState({ ...state, sort: null })) return null;
  const chips: { label: string; next: BrowseState }[] = [];
  if (state.q.trim()) chips.push({ label: fill(t.search, { query: state.q.trim() }), next: { ...state, q: "" } });
  for (const group of groups) {
    for (const value of state[group.key]) {
      const label = group.options.find((option) => option.value === value)?.label ?? value;
      chips.push({ label: fill(t.facet, { legend: group.legend, value: label }), next: { ...state, [group.key]: state[group.key].filter((v) => v !== value) } });
    }
  }
  if (state.from !== null) chips.push({ label: fill(t.from, { year: state.from }), next: { ...state, from: null } });
  if (state.to !== null) chips.push({ label: fill(t.to, { year: state.to }), next: { ...state, to: null } });

  return (
    <ul aria-label={t.label} className="mt-3 flex flex-wrap gap-2">
      {chips.map((chip) => (
        <li key={chip.label}>
          <button
            type="button"
            onClick={() => onChange(chip.next)}
            className="rounded-full border border-border bg-bg-muted px-3 py-1 text-sm"
          >
            {chip.label} <span aria-hidden="true">×</span>
            <span className="sr-only">{t.remove}</span>
          </button>
        </li>
      ))}
      <li>
        <button type="button" onClick={() => onChange(EMPTY_STATE)} className="px-2 py-1 text-sm font-medium text-accent underline">
          {t.clearAll}
        </button>
      </li>
    </ul>
  );
}
