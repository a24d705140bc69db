import type { Source } from "@/lib/schema";

export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <ol className="list-decimal space-y-1 pl-6">
      {sources.map((source) => (
        <li key={source.url}>
          <a href={source.url} rel="noopener noreferrer" className="underline">
            {source.title}
          </a>{" "}
          <span className="text-sm break-all text-fg-muted">({new URL(source.url).hostname})</span>
        </li>
      ))}
    </ol>
  );
}
