import { searchIndexIn } from "@/lib/search/localized-index";

export const dynamic = "force-static";

/** The Chinese page's index: Chinese names and summaries, English names kept as aliases. */
export function GET() {
  return Response.json(searchIndexIn("zh"));
}
