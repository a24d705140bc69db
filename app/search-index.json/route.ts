import { searchIndexIn } from "@/lib/search/localized-index";

export const dynamic = "force-static";

export function GET() {
  return Response.json(searchIndexIn("en"));
}
