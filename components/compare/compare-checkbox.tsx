"use client";

import { useLocale } from "@/components/i18n/locale-provider";
import { COMPARE_PICK_TEXT } from "@/lib/compare/compare-pick-text";

type CompareCheckboxProps = {
  slug: string;
  name: string;
  checked: boolean;
  onChange: (slug: string, checked: boolean) => void;
};

/** The name of every compare tick: a tick made before hydration is found by it. */
export const COMPARE_CONTROL = "compare";

/** The "Compare" tick beside an entry on the model list; its accessible name says which entry. */
export function CompareCheckbox({ slug, name, checked, onChange }: CompareCheckboxProps) {
  const text = COMPARE_PICK_TEXT[useLocale()];
  return (
    <label className="inline-flex items-center gap-1 text-sm">
      <input type="checkbox" name={COMPARE_CONTROL} value={slug} checked={checked} onChange={(event) => onChange(slug, event.target.checked)} className="h-4 w-4" />
      {text.tick}<span className="sr-only"> {name}</span>
    </label>
  );
}
