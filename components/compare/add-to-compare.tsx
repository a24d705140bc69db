"use client";

import Link from "@/components/intent-link";
import { compareHref, MAX_COMPARED } from "@/lib/compare/compare";
import { useCompareSelection } from "../hooks/use-compare-selection";

/**
 * On an entry page: adds the entry to the reader's comparison (the same one the model list's
 * checkboxes build) and offers to open it. Without JavaScript it is a plain link to a comparison
 * of this entry alone.
 */
export function AddToCompare({ slug, name }: { slug: string; name: string }) {
  const { slugs, toggle } = useCompareSelection();
  const added = slugs.includes(slug);
  const withThis = added ? slugs : [...slugs, slug];
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Link
        href={compareHref(withThis)}
        onClick={(event) => {
          if (added) return;
          event.preventDefault();
          toggle(slug, true);
        }}
        aria-disabled={added || undefined}
        className="font-medium"
      >
        {added ? `${name} is in your comparison` : "Add to compare"}
      </Link>
      {slugs.length > 0 && (
        <span role="status" className="text-sm text-fg-muted">
          {slugs.length} selected{slugs.length > MAX_COMPARED ? ` (the first ${MAX_COMPARED} are compared)` : ""}
          {" · "}
          <Link href={compareHref(slugs)}>Compare now</Link>
          {added && (
            <>
              {" · "}
              <button type="button" onClick={() => toggle(slug, false)} className="underline">
                Remove {name}
              </button>
            </>
          )}
        </span>
      )}
    </div>
  );
}
