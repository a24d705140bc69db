import { buildAtomFeed } from "@/lib/publish/atom-feed";
import { getCatalog } from "@/lib/catalog";
import { catalogChanges, FEED_ENTRY_LIMIT, latestVerified } from "@/lib/publish/changes";
import { SITE } from "@/lib/site";

export const dynamic = "force-static";

export function GET() {
  const catalog = getCatalog();
  const feed = buildAtomFeed(catalogChanges(catalog).slice(0, FEED_ENTRY_LIMIT), {
    siteUrl: SITE.url,
    siteName: SITE.name,
    // With no dated changes yet, the feed is as new as the most recently verified entry.
    fallbackUpdated: latestVerified(catalog.entries),
  });
  return new Response(feed, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
