import Link from "@/components/intent-link";
import type { Fact } from "@/lib/entry-facts";
import { getMessages } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { textLanguage } from "@/lib/i18n/text-language";
import { CitationMark } from "./citation-mark";

/** An entry's facts as a description list; each sourced value links to the source that states it. */
export function EntryFacts({ facts }: { facts: Fact[] }) {
  const t = getMessages().entry.values;
  const locale = requestLocale();
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-border bg-bg-muted p-4 text-sm">
      {facts.map((fact) => (
        <div key={fact.key} className="contents">
          <dt className="font-semibold">{fact.label}</dt>
          <dd data-fact={fact.key}>
            {fact.links ? (
              fact.links.map((link, i) => (
                <span key={link.href}>
                  {i > 0 && t.listSeparator}
                  <Link href={link.href}>{link.text}</Link>
                </span>
              ))
            ) : fact.href ? (
              <Link href={fact.href}>{fact.text}</Link>
            ) : fact.dateTime ? (
              <time dateTime={fact.dateTime}>{fact.text}</time>
            ) : (
              fact.text
            )}
            {fact.citation && <CitationMark citation={fact.citation} />}
            {fact.note && (
              <span lang={textLanguage(fact.note, locale)} className="block text-xs text-fg-muted">
                {fact.note}
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
