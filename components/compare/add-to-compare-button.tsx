"use client";

import Link from "@/components/intent-link";
import { useLocale } from "@/components/i18n/locale-provider";
import { compareHref, MAX_COMPARED } from "@/lib/compare/compare-url";
import { fill, plural } from "@/lib/i18n/format-message";
import { useCompareSelection } from "../hooks/use-compare-selection";
import type { CompareMessages } from "./compare-messages";

type AddToCompareButtonProps = { slug: string; name: string; messages: CompareMessages["addToCompare"] };

/** The browser's side of AddToCompare (add-to-compare.tsx), which passes the texts. */
export function AddToCompareButton({ slug, name, messages: t }: AddToCompareButtonProps) {
  const locale = useLocale();
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
        {added ? fill(t.added, { name }) : t.add}
      </Link>
      {slugs.length > 0 && (
        <span role="status" className="text-sm text-fg-muted">
          {plural(locale, t.selected, slugs.length)}
          {slugs.length > MAX_COMPARED ? fill(t.firstCompared, { max: MAX_COMPARED }) : ""}
          {" · "}
          <Link href={compareHref(slugs)}>{t.compareNow}</Link>
          {added && (
            <>
              {" · "}
              <button type="button" onClick={() => toggle(slug, false)} className="underline">
                {fill(t.remove, { name })}
              </button>
            </>
          )}
        </span>
      )}
    </div>
  );
}
