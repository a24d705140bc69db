import { Fragment, type ReactNode } from "react";
import Link from "@/components/intent-link";
import type { Fact } from "@/lib/entry-facts";
import { getMessages } from "@/lib/i18n/messages";
import { CitationMark } from "./citation-mark";

/**
 * A message template with elements in its placeholders: fillNodes("see {link}.", { link: <a/> }).
 * The words around an element stay in the message, in the language's own order.
 */
export function fillNodes(template: string, values: Record<string, ReactNode>): ReactNode {
  return template.split(/(\{\w+\})/).map((part, i) => {
    const key = /^\{(\w+)\}$/.exec(part)?.[1];
    return <Fragment key={i}>{key !== undefined && key in values ? values[key] : part}</Fragment>;
  });
}

/** An entry's facts as a description list; each sourced value links to the source that states it. */
export function EntryFacts({ facts }: { facts: Fact[] }) {
  const t = getMessages().entry.values;
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
            {fact.note && <span className="block text-xs text-fg-muted">{fact.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
