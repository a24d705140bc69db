import Link from "@/components/intent-link";
import { MAX_COMPARED, compareHref } from "@/lib/compare/compare";

type CompareTrayProps = {
  /** Slugs ticked on the model list, in the order they were ticked. */
  slugs: readonly string[];
  onClear?: () => void;
};

/** "Compare (N)": the way from the model list's checkboxes to /compare. Hidden until something is ticked. */
export function CompareTray({ slugs, onClear }: CompareTrayProps) {
  if (slugs.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-lg border border-border bg-bg-muted px-4 py-2">
      <Link href={compareHref(slugs)} className="rounded-md bg-accent px-3 py-1 font-medium text-accent-fg no-underline">
        Compare ({slugs.length})
      </Link>
      <span role="status" className="text-sm text-fg-muted">
        {slugs.length === 1 && "Tick one more entry to compare."}
        {slugs.length > MAX_COMPARED && `Only the first ${MAX_COMPARED} ticked are compared.`}
      </span>
      {onClear && (
        <button type="button" onClick={onClear} className="ml-auto text-sm underline">
          Clear
        </button>
      )}
    </div>
  );
}
