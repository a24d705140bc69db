"use client";

import { useCallback } from "react";
import { parseBrowseState, serializeBrowseState, type AllowedValues, type BrowseState, type ParseResult } from "@/lib/search/browse-state";
import { useUrlState, type HistoryMode } from "../hooks/use-url-state";

const serializeParsed = (parsed: ParseResult) => serializeBrowseState(parsed.state);

/**
 * /models's view as URL state: the state parsed against the allowed facet values, the parts of the
 * URL that were ignored, and a setter (pushing a history entry by default, replacing while typing).
 */
export function useBrowseUrl(allowed: AllowedValues) {
  const parse = useCallback((search: string) => parseBrowseState(search, allowed), [allowed]);
  const [{ state, ignored }, setParsed] = useUrlState(parse, serializeParsed);
  const setState = useCallback((next: BrowseState, mode: HistoryMode = "push") => setParsed({ state: next, ignored: [] }, mode), [setParsed]);
  return { state, ignored, setState };
}
