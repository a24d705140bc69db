import type { Catalog, Entry } from "@/lib/catalog";

// What's new: additions and corrections, from each entry's `added` and `updated` front matter
// (see CONTRIBUTING.md, "What's new"). Entries without those fields are simply not listed.

export type Change = {
  type: "added" | "updated";
  /** YYYY-MM-DD. */
  date: string;
  slug: string;
  name: string;
  /** What changed, for corrections; the entry's summary for additions. */
  text: string;
};

/** The feed carries the latest changes only, as feeds do; readers keep what they have already fetched. */
export const FEED_ENTRY_LIMIT = 50;
/** /changes lists this many, so the page stays small as the catalog grows; older dates are in /catalog.csv. */
export const CHANGES_PAGE_LIMIT = 300;

function newestFirst(a: Change, b: Change): number {
  return b.date.localeCompare(a.date) || a.name.localeCompare(b.name) || a.type.localeCompare(b.type);
}

function changesOf(entry: Entry): Change[] {
  const changes: Change[] = [];
  if (entry.added) changes.push({ type: "added", date: entry.added, slug: entry.slug, name: entry.name, text: entry.summary });
  if (entry.updated) changes.push({ type: "updated", date: entry.updated.date, slug: entry.slug, name: entry.name, text: entry.updated.note });
  return changes;
}

/** Every addition and correction, newest first. */
export function catalogChanges(catalog: Pick<Catalog, "entries">): Change[] {
  return catalog.entries.flatMap(changesOf).sort(newestFirst);
}

export function recentChanges(catalog: Pick<Catalog, "entries">, type: Change["type"], count: number): Change[] {
  return catalogChanges(catalog).filter((change) => change.type === type).slice(0, count);
}

/** Changes grouped by day, newest day first, for the /changes page. */
export function changesByDay(changes: readonly Change[]): { date: string; changes: Change[] }[] {
  const days: { date: string; changes: Change[] }[] = [];
  for (const change of changes) {
    const last = days[days.length - 1];
    if (last?.date === change.date) last.changes.push(change);
    else days.push({ date: change.date, changes: [change] });
  }
  return days;
}

/** The newest `verified` day: how current the catalog as a whole is. */
export function latestVerified(entries: readonly { verified: string }[]): string {
  return entries.reduce((newest, entry) => (entry.verified > newest ? entry.verified : newest), "0000-00-00");
}
