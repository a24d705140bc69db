"use client";

import Link from "@/components/intent-link";
import { useLocale } from "@/components/i18n/locale-provider";
import { COMPARE_PICK_TEXT } from "@/lib/compare/compare-pick-text";
import { MAX_COMPARED, compareHref } from "@/lib/compare/compare-url";
import { fill } from "@/lib/i18n/format-message";

type CompareTrayProps = {
  /** Slugs ticked on the model list, in the order they were ticked. */
  slugs: readonly string[];
  onClear?: () => void;
};

/** "Compare (N)": the way from the model list's checkboxes to /compare. Hidden until something is ticked. */
export function CompareTray({ slugs, onClear }: CompareTrayProps) {
  const text = COMPARE_PICK_TEXT[useLocale()];
  if (slugs.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-lg border border-border bg-bg-muted px-4 py-2">
      <Link href={compareHref(slugs)} className="rounded-md bg-accent px-3 py-1 font-medium text-accent-fg no-underline">
        {fill(text.tray, { count: slugs.length })}
      </Link>
      <span role="status" className="text-sm text-fg-muted">
        {slugs.length === 1 && text.oneMore}
        {slugs.length > MAX_COMPARED && fill(text.firstOnly, { max: MAX_COMPARED })}
      </span>
      {onClear && (
        <button type="button" onClick={onClear} className="ml-auto text-sm underline">
          {text.clear}
        </button>
      )}
    </div>
  );
}
