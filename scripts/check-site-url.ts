// Runs before every build (prebuild): a deploy build (`npm run build:deploy`, or NODE_ENV=production
// in the shell) must say where the site is served, or every absolute URL in out/ names localhost.
import { SiteUrlError, siteUrl } from "@/lib/publish/site-url";

const deploy = process.env.DEPLOY === "1" || process.env.NODE_ENV === "production";
try {
  const url = siteUrl(process.env, deploy);
  console.log(`Absolute URLs will use ${url}${process.env.SITE_URL ? " (SITE_URL)" : " (local build; set SITE_URL for a deployment)"}.`);
} catch (error) {
  if (!(error instanceof SiteUrlError)) throw error;
  console.error(error.message);
  process.exit(1);
}
