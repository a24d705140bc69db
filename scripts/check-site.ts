// `npm run check:site [dir]`: checks the exported site in out/ (run `npm run build` first); see
// scripts/site-checks/site-check.ts for the list. With SITE_URL set, absolute URLs must use that origin.
import path from "node:path";
import { checkSite } from "./site-checks/site-check";
import { parseSiteUrl, SiteUrlError } from "@/lib/publish/site-url";

let siteUrl: string | null = null;
try {
  siteUrl = process.env.SITE_URL?.trim() ? parseSiteUrl(process.env.SITE_URL.trim()) : null;
} catch (error) {
  if (!(error instanceof SiteUrlError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const { problems, summary } = checkSite(path.resolve(process.argv[2] ?? "out"), siteUrl);
for (const problem of problems) console.error(problem);
console.log(summary);
process.exit(problems.length > 0 ? 1 : 0);
