import { buildModelFrontMatterJsonSchema } from "@/lib/publish/catalog-export";

export const dynamic = "force-static";

export function GET() {
  return Response.json(buildModelFrontMatterJsonSchema());
}
