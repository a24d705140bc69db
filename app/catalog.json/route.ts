import { getCatalog } from "@/lib/catalog";
import { buildCatalogExport } from "@/lib/catalog-export";

export const dynamic = "force-static";

export function GET() {
  return Response.json(buildCatalogExport(getCatalog()));
}
