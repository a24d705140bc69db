import type { CompareRow } from "@/lib/compare/compare";
import { CompareCellView } from "./compare-cell";

type CompareRowViewProps = {
  row: CompareRow;
  /** One key per column, in the entries' order. */
  columnKeys: string[];
  /** Classes of the row header, which the interactive table pins differently from the static one. */
  headerClassName: string;
  cellClassName: string;
};

/** One row of a comparison: its label, a "≠ Differs" mark (not colour alone), and one cell per entry. */
export function CompareRowView({ row, columnKeys, headerClassName, cellClassName }: CompareRowViewProps) {
  return (
    <tr data-differs={row.differs || undefined} className="[&:last-child>*]:border-b-0">
      <th scope="row" className={`${headerClassName} w-32 p-3 align-top font-semibold sm:w-44 ${row.differs ? "bg-mark" : "bg-bg"}`}>
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
        <td key={columnKeys[index]} className={`${cellClassName} p-3 align-top break-words`}>
          <CompareCellView cell={cell} />
        </td>
      ))}
    </tr>
  );
}
