"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { fill } from "@/lib/i18n/format-message";
import type { Locale } from "@/lib/i18n/locales";
import { createBrowser, type Browser } from "@/lib/search/browse";
import { isDefaultState, type BrowseState } from "@/lib/search/browse-state";
import type { FacetGroup } from "@/lib/search/facets";
import { loadSearchIndex, SearchIndexError } from "@/lib/search/load-search-index";
import { alternativeLabel, isNamedTier } from "@/lib/search/search";
import type { BrowserMessages } from "./browse-messages";

/** Per facet, option value → how many entries it leaves in the unfiltered view (computed at build time). */
export type InitialCounts = Record<string, Record<string, number>>;

/**
 * What /models shows for a state: the index (fetched on demand, in the page's language), the
 * filtered and sorted results, each facet option's count, and how alternatives matched the query.
 * Everything is null until the index is loaded; `ensureIndex` starts loading it.
 */
export function useBrowseResults(
  state: BrowseState,
  groups: FacetGroup[],
  initialCounts: InitialCounts,
  locale: Locale,
  t: BrowserMessages,
) {
  const [browser, setBrowser] = useState<Browser | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const ensureIndex = useCallback(() => {
    loadSearchIndex(locale)
      .then((index) => setBrowser((current) => current ?? createBrowser(index, locale)))
      .catch((error: Error) =>
        setLoadError(error instanceof SearchIndexError ? (error.status === null ? t.loadInvalid : fill(t.loadFailed, { status: error.status })) : error.message),
      );
  }, [locale, t]);

  // The URL is the state; a link that arrives with filters needs the index at once.
  useEffect(() => {
    if (!isDefaultState(state)) ensureIndex();
  }, [state, ensureIndex]);

  const results = useMemo(() => browser?.results(state) ?? null, [browser, state]);
  // Before the index loads, the unfiltered view's counts come from the build.
  const builtCounts = useMemo(
    () => Object.fromEntries(Object.entries(initialCounts).map(([key, counts]) => [key, new Map(Object.entries(counts))])),
    [initialCounts],
  );
  const counts = useMemo(() => {
    if (!browser) return isDefaultState(state) ? builtCounts : null;
    return Object.fromEntries(groups.map((group) => [group.key, browser.counts(state, group.key, group.options.map((o) => o.value))]));
  }, [browser, state, groups, builtCounts]);

  // Rows that are not named like the query are alternatives, labelled by how they matched; when no
  // row is named like it, the list says so before showing them.
  const tiers = useMemo(() => browser?.tiers(state.q) ?? new Map<string, never>(), [browser, state.q]);
  const matchLabels = useMemo(() => {
    const labels = new Map<string, string>();
    for (const [slug, tier] of tiers) {
      const label = alternativeLabel(tier, state.q, t.match);
      if (label) labels.set(slug, label);
    }
    return labels;
  }, [tiers, state.q, t.match]);
  const nothingNamed = results !== null && results.length > 0 && tiers.size > 0 && !results.some((entry) => isNamedTier(tiers.get(entry.slug) ?? 0));

  return { results, counts, matchLabels, nothingNamed, loadError, ensureIndex };
}
