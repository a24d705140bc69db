import { catalogIn } from "@/lib/catalog";
import { entryNames } from "@/lib/compare/entry-names";

export const dynamic = "force-static";

/** Every entry's slug and English name: what /compare needs before anyone searches. */
export function GET() {
  return Response.json(entryNames(catalogIn("en")));
}
