import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/page-metadata";
import { MAX_COMPARED } from "@/lib/compare/compare";
import { suggestedComparisons } from "@/lib/compare/compare-data";
import { SITE } from "@/lib/site";
import { CompareEmpty } from "@/components/compare/compare-empty";
import { CompareView } from "@/components/compare/compare-view";

export function generateMetadata({ locale }: { locale: Locale }): Metadata {
  return pageMetadata({
  locale,
  title: "Compare",
  description: `Compare 2 to ${MAX_COMPARED} generative AI models side by side: organizations, release dates, modalities, architecture, parameters, open weights and sources, with differences marked.`,
  path: "/compare" });
}

// A static page: the selection lives in the URL and is read in the browser. The view renders
// nothing until it runs, so the prerendered HTML is the <noscript> explanation alone.
export default function ComparePage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const suggestions = suggestedComparisons();
  return (
    <div>
      <h1 className="text-3xl font-bold">Compare</h1>
      <p className="mt-2 text-lg text-fg-muted">Entries side by side, one column each, with differences marked.</p>
      {/* Room for the table before its data arrives, so the footer does not jump (layout shift). */}
      <div className="mt-6 min-h-[80vh]">
        <noscript>
          <CompareEmpty suggestions={suggestions} scripted={false} />
        </noscript>
        <CompareView suggestions={suggestions} siteName={SITE.name} />
      </div>
    </div>
  );
}
