"use client";

import { useLayoutEffect, type RefObject } from "react";
import type { ControlValue } from "@/lib/search/browse-state";

// A reader on a slow phone can type, tick or choose before the page's scripts have run. React
// hydrates around such a control without looking at it, and the first re-render puts back the
// value it rendered, so the choice silently disappears. The HTML's own defaults (defaultValue,
// defaultChecked, defaultSelected) still say what the page was served with: a control whose
// value differs from them was changed by the reader, and is handed back once, on hydration.

/** The named controls under `root` whose value differs from the one in the served HTML. */
export function controlsChangedSinceServed(root: ParentNode): ControlValue[] {
  const changes: ControlValue[] = [];
  for (const control of root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>("input[name], select[name], textarea[name]")) {
    if (control instanceof HTMLSelectElement) {
      const served = Array.from(control.options).find((option) => option.defaultSelected) ?? control.options[0];
      if (served && control.value !== served.value) changes.push({ name: control.name, value: control.value });
    } else if (control instanceof HTMLInputElement && (control.type === "checkbox" || control.type === "radio")) {
      if (control.checked !== control.defaultChecked) changes.push({ name: control.name, value: control.value, checked: control.checked });
    } else if (control.value !== control.defaultValue) {
      changes.push({ name: control.name, value: control.value });
    }
  }
  return changes;
}

/**
 * Calls `adopt` once, as the component hydrates, with the controls under `root` the reader changed
 * before the scripts ran (nothing is called when there are none). Layout effect: it must read the
 * DOM before the first re-render writes React's values back into it.
 */
export function useChoicesBeforeHydration(root: RefObject<HTMLElement | null>, adopt: (changes: ControlValue[]) => void) {
  useLayoutEffect(() => {
    const changes = root.current ? controlsChangedSinceServed(root.current) : [];
    if (changes.length > 0) adopt(changes);
    // Once, on hydration: later changes go through the controls' own handlers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
