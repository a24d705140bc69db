import type { Change } from "@/lib/publish/changes";
import { entryHref } from "@/lib/routes";

// /feed.xml: additions and corrections as an Atom 1.0 feed (RFC 4287). Dates are days, written as
// midnight UTC; the feed's own `updated` is its newest change, so rebuilding without a change
// does not make readers think something is new.

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => XML_ESCAPES[character]);
}

const timestamp = (day: string) => `${day}T00:00:00Z`;

export type FeedOptions = {
  siteUrl: string;
  siteName: string;
  /** The day to give as the feed's `updated` when there are no changes yet. */
  fallbackUpdated: string;
};

/** Each change is its own Atom entry; its id stays the same however often the site is rebuilt. */
export function buildAtomFeed(changes: readonly Change[], { siteUrl, siteName, fallbackUpdated }: FeedOptions): string {
  const updated = changes.reduce((newest, change) => (change.date > newest ? change.date : newest), fallbackUpdated);
  const entries = changes.map((change) => {
    const url = `${siteUrl}${entryHref(change.slug)}`;
    const heading = change.type === "added" ? `Added: ${change.name}` : `Corrected: ${change.name}`;
    return [
      "  <entry>",
      `    <id>${escapeXml(`${url}#${change.type}-${change.date}`)}</id>`,
      `    <title>${escapeXml(heading)}</title>`,
      `    <updated>${timestamp(change.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <summary>${escapeXml(change.text)}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(`${siteUrl}/changes`)}</id>`,
    `  <title>${escapeXml(`${siteName}: additions and corrections`)}</title>`,
    `  <updated>${timestamp(updated)}</updated>`,
    `  <author><name>${escapeXml(siteName)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${siteUrl}/feed.xml`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(`${siteUrl}/changes`)}"/>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
