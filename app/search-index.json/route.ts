import { getCatalog } from "@/lib/catalog";
import { buildSearchIndex } from "@/lib/search/search-index";

export const dynamic = "force-static";

export function GET() {
  return Response.json(buildSearchIndex(getCatalog()));
}
