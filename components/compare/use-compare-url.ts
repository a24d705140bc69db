"use client";

import { compareHref, parseDiffFlag } from "@/lib/compare/compare-url";
import { useUrlState } from "../hooks/use-url-state";

type Selection = { models: string | null; diffOnly: boolean };

function parseSelectionParams(search: string): Selection {
  const params = new URLSearchParams(search);
  return { models: params.get("models"), diffOnly: parseDiffFlag(params.get("diff")) };
}

function serializeSelection({ models, diffOnly }: Selection): string {
  const href = compareHref(models ? models.split(",") : [], diffOnly);
  return href.slice("/compare".length);
}

/**
 * The selection as the URL states it (?models=a,b&diff=1). Changes replace the history entry:
 * editing a comparison is one step, not one per click.
 */
export function useCompareUrl() {
  const [selection, setSelection] = useUrlState(parseSelectionParams, serializeSelection);
  const write = (slugs: string[], diffOnly: boolean) => setSelection({ models: slugs.join(","), diffOnly }, "replace");
  return { ...selection, write };
}
