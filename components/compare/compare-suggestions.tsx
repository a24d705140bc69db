import Link from "@/components/intent-link";
import type { SuggestedComparison } from "@/lib/compare/compare-data";
import { entryHref } from "@/lib/routes";
import { comparePagePath } from "@/lib/compare/compare-naming";
import { LABELS } from "@/lib/i18n/labels";
import type { Locale } from "@/lib/i18n/locales";
import type { CompareMessages } from "./compare-messages";
import { FillNode } from "./fill-node";

type CompareSuggestionsProps = {
  suggestions: SuggestedComparison[];
  /**
   * Without JavaScript the table cannot be built: each suggestion then links to its static page
   * (/compare/gpt-4-vs-palm-e), and each entry's own page is offered too.
   */
  withEntryLinks?: boolean;
  messages: CompareMessages["suggestions"];
  locale: Locale;
};

export function CompareSuggestions({ suggestions, withEntryLinks = false, messages, locale }: CompareSuggestionsProps) {
  if (suggestions.length === 0) return null;
  return (
    <section aria-labelledby="compare-suggestions-heading" className="mt-6">
      <h2 id="compare-suggestions-heading" className="text-xl font-semibold">
        {messages.heading}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {suggestions.map((suggestion) => (
          <li key={suggestion.href}>
            <Link
              href={withEntryLinks ? comparePagePath(suggestion.entries.map((entry) => entry.slug)) : suggestion.href}
              className="underline"
            >
              {suggestion.label}
            </Link>
            {withEntryLinks && (
              <span className="text-fg-muted">
                <FillNode
                  template={messages.entryPages}
                  name="links"
                  node={suggestion.entries.map((entry, index) => (
                    <span key={entry.slug}>
                      {index > 0 && LABELS[locale].listSeparator}
                      <Link href={entryHref(entry.slug)} className="underline">{entry.name}</Link>
                    </span>
                  ))}
                />
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
