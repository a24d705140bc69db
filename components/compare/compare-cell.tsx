import Link from "@/components/intent-link";
import type { CompareCell } from "@/lib/compare/compare-rows";
import { fill } from "@/lib/i18n/format-message";
import type { CompareMessages } from "./compare-messages";

export type CellTexts = Pick<CompareMessages["table"], "none" | "source" | "relation">;

export function CompareCellView({ cell, texts }: { cell: CompareCell; texts: CellTexts }) {
  if (cell.type === "links") {
    return (
      <ul className="space-y-1">
        {cell.links.map((link) => (
          <li key={`${link.label ?? ""}${link.href}`}>
            {link.label && <span className="text-fg-muted">{fill(texts.relation, { label: link.label })}</span>}
            {link.external ? (
              <a href={link.href} rel="noopener noreferrer" className="underline">
                {link.text}
              </a>
            ) : (
              <Link href={link.href} className="underline">{link.text}</Link>
            )}
          </li>
        ))}
      </ul>
    );
  }
  if (cell.missing) {
    return (
      <>
        <span aria-hidden="true" className="text-fg-muted">
          {cell.text}
        </span>
        <span className="sr-only">{texts.none}</span>
      </>
    );
  }
  const value = cell.dateTime ? <time dateTime={cell.dateTime}>{cell.text}</time> : <>{cell.text}</>;
  return (
    <>
      {value}
      {cell.citation && (
        <sup className="ml-0.5">
          <a href={cell.citation.url} rel="noopener noreferrer" title={cell.citation.title} aria-label={fill(texts.source, { title: cell.citation.title })}>
            [{cell.citation.number}]
          </a>
        </sup>
      )}
      {cell.note && (
        <span lang={cell.noteLang} className="block text-xs text-fg-muted">
          {cell.note}
        </span>
      )}
    </>
  );
}
