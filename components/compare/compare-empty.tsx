import Link from "@/components/intent-link";
import { MAX_COMPARED } from "@/lib/compare/compare-url";
import type { SuggestedComparison } from "@/lib/compare/compare-data";
import { fill } from "@/lib/i18n/format-message";
import type { Locale } from "@/lib/i18n/locales";
import type { CompareMessages } from "./compare-messages";
import { CompareSuggestions } from "./compare-suggestions";
import { FillNode } from "./fill-node";

type CompareEmptyProps = {
  suggestions: SuggestedComparison[];
  scripted: boolean;
  messages: Pick<CompareMessages, "empty" | "suggestions">;
  locale: Locale;
};

/** What /compare says when nothing is selected, and what it says without JavaScript. */
export function CompareEmpty({ suggestions, scripted, messages, locale }: CompareEmptyProps) {
  const t = messages.empty;
  const modelList = (
    <Link href="/models" className="underline">
      {t.modelList}
    </Link>
  );
  return (
    <div className="rounded-lg border border-border bg-bg-muted p-4">
      <p>{fill(t.intro, { max: MAX_COMPARED })}</p>
      <p className="mt-2">
        <FillNode template={scripted ? t.scripted : t.noScript} name="link" node={modelList} />
      </p>
      <CompareSuggestions suggestions={suggestions} withEntryLinks={!scripted} messages={messages.suggestions} locale={locale} />
    </div>
  );
}
