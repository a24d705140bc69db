import { getCatalog } from "@/lib/catalog";
import { buildCatalogExport } from "@/lib/publish/catalog-export";

export const dynamic = "force-static";

export function GET() {
  return Response.json(buildCatalogExport(getCatalog()));
}
