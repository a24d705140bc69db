import type { Page } from "@playwright/test";

// Layout shifts a page makes from its first paint on, not caused by the reader's input: each with
// the start of the elements that moved, so a failure says what moved.

export type Shift = { value: number; sources: string[] };

/** Call before page.goto: records every layout shift of the pages this tab then loads. */
export async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    Object.assign(window, { shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }[]) {
        if (!entry.hadRecentInput) shifts.push({ value: entry.value, sources: entry.sources.map((source) => (source.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? "?") });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** The shifts recorded so far on the current page. */
export function layoutShifts(page: Page): Promise<Shift[]> {
  return page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
}
