import { compareEntryFiles, compareEntryForFile } from "@/lib/compare/compare-data";

// One small JSON file per entry (out/data/entries/<slug>.json) so /compare fetches only the
// entries it shows, never the whole catalog's prose.

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return compareEntryFiles().map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const entry = compareEntryForFile((await params).file);
  return entry ? Response.json(entry) : new Response("Not found", { status: 404 });
}
