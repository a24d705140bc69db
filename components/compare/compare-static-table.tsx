import Link from "@/components/intent-link";
import type { CompareEntry, CompareRow } from "@/lib/compare/compare";
import { CompareCellView } from "./compare-cell";

/**
 * The compare table as plain HTML, for the static comparison pages: the same rows and difference
 * marks as the interactive table, without its arrange and remove buttons.
 */
export function CompareStaticTable({ entries, rows }: { entries: CompareEntry[]; rows: CompareRow[] }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-border">
      <table className="w-full border-separate border-spacing-0 text-left text-sm">
        <thead>
          <tr>
            <th scope="col" className="sticky -left-px z-10 border-b border-r border-border bg-bg p-3 align-bottom">
              <span className="sr-only">Field</span>
            </th>
            {entries.map((entry) => (
              <th key={entry.slug} scope="col" className="min-w-44 border-b border-border p-3 align-bottom text-base font-semibold">
                <Link href={`/models/${entry.slug}`} prefetch={false}>
                  {entry.name}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-differs={row.differs || undefined} className="[&:last-child>*]:border-b-0">
              <th
                scope="row"
                className={`sticky -left-px z-10 w-32 border-b border-r border-border p-3 align-top font-semibold sm:w-44 ${row.differs ? "bg-mark" : "bg-bg"}`}
              >
                {row.label}
                {row.differs && (
                  <>
                    <span aria-hidden="true" className="mt-1 block w-fit rounded border border-fg-muted px-1 text-xs font-medium">
                      ≠ Differs
                    </span>
                    <span className="sr-only"> (values differ)</span>
                  </>
                )}
              </th>
              {row.cells.map((cell, index) => (
                <td key={entries[index].slug} className="border-b border-border p-3 align-top break-words">
                  <CompareCellView cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
