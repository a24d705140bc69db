import { entryHref } from "@/lib/routes";
import Link from "@/components/intent-link";
import type { CompareEntry } from "@/lib/compare/compare-entry";
import type { CompareRow } from "@/lib/compare/compare-rows";
import type { CompareMessages } from "./compare-messages";
import { CompareRowView } from "./compare-row";

/**
 * The compare table as plain HTML, for the static comparison pages: the same rows and difference
 * marks as the interactive table, without its arrange and remove buttons.
 */
export function CompareStaticTable({ entries, rows, texts }: { entries: CompareEntry[]; rows: CompareRow[]; texts: CompareMessages["table"] }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-border">
      <table className="w-full border-separate border-spacing-0 text-left text-sm">
        <thead>
          <tr>
            <th scope="col" className="sticky -left-px z-10 border-b border-r border-border bg-bg p-3 align-bottom">
              <span className="sr-only">{texts.field}</span>
            </th>
            {entries.map((entry) => (
              <th key={entry.slug} scope="col" className="min-w-44 border-b border-border p-3 align-bottom text-base font-semibold">
                <Link href={entryHref(entry.slug)} prefetch={false}>
                  {entry.name}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <CompareRowView
              key={row.key}
              row={row}
              columnKeys={entries.map((entry) => entry.slug)}
              headerClassName="sticky -left-px z-10 border-b border-r border-border"
              cellClassName="border-b border-border"
              texts={texts}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
