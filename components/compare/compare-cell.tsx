import Link from "@/components/intent-link";
import type { CompareCell } from "@/lib/compare/compare";

export function CompareCellView({ cell }: { cell: CompareCell }) {
  if (cell.type === "links") {
    return (
      <ul className="space-y-1">
        {cell.links.map((link) => (
          <li key={`${link.label ?? ""}${link.href}`}>
            {link.label && <span className="text-fg-muted">{link.label}: </span>}
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
        <span className="sr-only">None</span>
      </>
    );
  }
  const value = cell.dateTime ? <time dateTime={cell.dateTime}>{cell.text}</time> : <>{cell.text}</>;
  return (
    <>
      {value}
      {cell.citation && (
        <sup className="ml-0.5">
          <a href={cell.citation.url} rel="noopener noreferrer" title={cell.citation.title} aria-label={`Source: ${cell.citation.title}`}>
            [{cell.citation.number}]
          </a>
        </sup>
      )}
      {cell.note && <span className="block text-xs text-fg-muted">{cell.note}</span>}
    </>
  );
}
