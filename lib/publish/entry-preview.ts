import { parsePartialDate } from "@/lib/dates";
import type { Entry } from "@/lib/catalog";
import { joinWords } from "@/lib/compare/compare";

/**
 * The one line a link preview (and the share image) says about an entry:
 * "GPT-4 — OpenAI, March 2023: text and images in, text out".
 */
const MEDIUM_IN: Record<string, string> = { text: "text", image: "images", audio: "audio", video: "video", embodied: "robot state" };
const MEDIUM_OUT: Record<string, string> = { text: "text", image: "images", audio: "audio", video: "video", embodied: "robot actions" };
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "March 2023" or "2023": a preview needs the month at most. */
export function previewDate(date: string): string {
  const { year, month } = parsePartialDate(date);
  return month === undefined ? String(year) : `${MONTHS[month - 1]} ${year}`;
}

/** "text and images in, text out"; a dataset pairs its media instead of transforming them. */
export function inputOutputPhrase(entry: Pick<Entry, "kind" | "modalities">): string {
  const input = joinWords(entry.modalities.input.map((m) => MEDIUM_IN[m] ?? m));
  const output = joinWords(entry.modalities.output.map((m) => MEDIUM_OUT[m] ?? m));
  if (entry.kind === "dataset") return `a dataset pairing ${input || "nothing"} with ${output}`;
  return `${input || "noise"} in, ${output} out`;
}

/**
 * Who and when: "OpenAI, March 2023", "Google Research and TU Berlin, 2023", "OpenAI". With
 * `maxMakers`, a long list ends "and 5 more" (the share image has room for two lines).
 */
export function makersAndDate(entry: Pick<Entry, "organizationNames" | "releaseDate">, maxMakers = Infinity): string {
  const names = entry.organizationNames;
  // "and 1 more" would save nothing: shorten only when it drops two names or more.
  const makers = names.length > maxMakers + 1 ? [...names.slice(0, maxMakers), `${names.length - maxMakers} more`] : names;
  return [joinWords(makers), entry.releaseDate ? previewDate(entry.releaseDate) : ""].filter(Boolean).join(", ");
}

export function entryHeadline(entry: Pick<Entry, "name" | "kind" | "modalities" | "organizationNames" | "releaseDate">): string {
  const who = makersAndDate(entry);
  return `${entry.name} — ${who ? `${who}: ` : ""}${inputOutputPhrase(entry)}`;
}
