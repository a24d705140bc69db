import { catalogIn } from "@/lib/catalog";
import { entryNames } from "@/lib/compare/entry-names";

export const dynamic = "force-static";

/** Every entry's slug and Chinese name, for the Chinese /compare. */
export function GET() {
  return Response.json(entryNames(catalogIn("zh")));
}
