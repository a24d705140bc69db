"use client";

import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { compareHref, parseDiffFlag } from "@/lib/compare";

type Selection = { models: string | null; diffOnly: boolean };
type State = { seen: string; current: Selection; pending: string[] };

function fromSearch(search: string): Selection {
  const params = new URLSearchParams(search);
  return { models: params.get("models"), diffOnly: parseDiffFlag(params.get("diff")) };
}

/**
 * The selection as the URL states it. A change is shown at once and written with
 * history.replaceState; Next.js hands that URL to useSearchParams a moment later. URLs we wrote
 * are recognised when they arrive; any other (a followed link) replaces the selection.
 */
export function useCompareUrl() {
  const search = useSearchParams().toString();
  const [state, setState] = useState<State>(() => ({ seen: search, current: fromSearch(search), pending: [] }));
  if (search !== state.seen) {
    const ours = state.pending.indexOf(search);
    setState(
      ours >= 0
        ? { ...state, seen: search, pending: state.pending.slice(ours + 1) }
        : { seen: search, current: fromSearch(search), pending: [] },
    );
  }

  const write = (slugs: string[], diffOnly: boolean) => {
    const href = compareHref(slugs, diffOnly);
    const next = new URLSearchParams(href.split("?")[1] ?? "").toString();
    setState((previous) => ({
      ...previous,
      current: fromSearch(next),
      pending: next === previous.seen ? previous.pending : [...previous.pending, next],
    }));
    window.history.replaceState(null, "", href);
  };
  return { ...state.current, write };
}
