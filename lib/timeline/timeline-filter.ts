// The `?modality=` filter of the timeline. Kept apart from lib/timeline so the browser-side
// filter leaf imports these few lines and nothing else.

type Filterable = { modalitySlugs: string[] };

export const ALL_MODALITIES = "all";

export type ModalityFilter =
  | { kind: "all" }
  | { kind: "modality"; slug: string }
  | { kind: "unknown"; value: string };

/** Reads `?modality=` against the declared modalities; anything else is reported, never guessed. */
export function parseModalityFilter(value: string | null | undefined, allowed: readonly string[]): ModalityFilter {
  const cleaned = value?.trim().toLowerCase() ?? "";
  if (cleaned === "" || cleaned === ALL_MODALITIES) return { kind: "all" };
  if (allowed.includes(cleaned)) return { kind: "modality", slug: cleaned };
  return { kind: "unknown", value: value!.trim() };
}

export function eventMatches(event: Filterable, filter: ModalityFilter): boolean {
  return filter.kind !== "modality" || event.modalitySlugs.includes(filter.slug);
}

export function filterEvents<T extends Filterable>(events: T[], filter: ModalityFilter): T[] {
  return events.filter((event) => eventMatches(event, filter));
}
