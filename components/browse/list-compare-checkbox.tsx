"use client";

import { CompareCheckbox } from "../compare/compare-checkbox";
import { useCompareSelection } from "../hooks/use-compare-selection";

/**
 * The compare tick on a server-rendered row of /models, so the list has its checkboxes from the
 * first paint, before the search index loads. It shares the selection the live results and the
 * compare tray use.
 */
export function ListCompareCheckbox({ slug, name }: { slug: string; name: string }) {
  const { slugs, toggle } = useCompareSelection();
  return <CompareCheckbox slug={slug} name={name} checked={slugs.includes(slug)} onChange={toggle} />;
}
