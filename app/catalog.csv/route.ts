import { getCatalog } from "@/lib/catalog";
import { buildCatalogCsv } from "@/lib/publish/catalog-csv";
import { buildCatalogExport } from "@/lib/publish/catalog-export";

export const dynamic = "force-static";

export function GET() {
  return new Response(buildCatalogCsv(buildCatalogExport(getCatalog())), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
}
