import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import type { Metadata } from "next";
import { catalogIn } from "@/lib/catalog";
import { fill } from "@/lib/i18n/format-message";
import { messagesFor } from "@/lib/i18n/messages";
import { pageMetadata } from "@/lib/publish/page-metadata";
import { MAX_COMPARED } from "@/lib/compare/compare-url";
import { suggestedComparisons } from "@/lib/compare/compare-data";
import { CompareEmpty } from "@/components/compare/compare-empty";
import type { CompareViewMessages } from "@/components/compare/compare-messages";
import { CompareView } from "@/components/compare/compare-view";

export function generateMetadata({ locale }: { locale: Locale }): Metadata {
  const t = messagesFor(locale).compare;
  return pageMetadata({
    locale,
    title: t.title,
    description: fill(t.metaDescription, { max: MAX_COMPARED }),
    path: "/compare",
  });
}

// A static page: the selection lives in the URL and is read in the browser. The view renders
// nothing until it runs, so the prerendered HTML is the <noscript> explanation alone.
export default function ComparePage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const { compare: t, common } = messagesFor(locale);
  const suggestions = suggestedComparisons(catalogIn(locale));
  // Only the strings the browser's view uses travel to it.
  const { title, empty, suggestions: suggestionTexts, view, add, copy, table, notices } = t;
  const viewMessages: CompareViewMessages = { title, empty, suggestions: suggestionTexts, view, add, copy, table, notices };
  return (
    <div>
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-2 text-lg text-fg-muted">{t.lead}</p>
      {/* Room for the table before its data arrives, so the footer does not jump (layout shift). */}
      <div className="mt-6 min-h-[80vh]">
        <noscript>
          <CompareEmpty suggestions={suggestions} scripted={false} messages={t} locale={locale} />
        </noscript>
        <CompareView suggestions={suggestions} siteName={common.siteName} messages={viewMessages} />
      </div>
    </div>
  );
}
