import type { CompareRow } from "@/lib/compare/compare-rows";
import { CompareCellView, type CellTexts } from "./compare-cell";
import type { CompareMessages } from "./compare-messages";

export type RowViewTexts = CellTexts & Pick<CompareMessages["table"], "differs" | "differsHidden">;

type CompareRowViewProps = {
  row: CompareRow;
  /** One key per column, in the entries' order. */
  columnKeys: string[];
  /** Classes of the row header, which the interactive table pins differently from the static one. */
  headerClassName: string;
  cellClassName: string;
  texts: RowViewTexts;
};

/** One row of a comparison: its label, a "≠ Differs" mark (not colour alone), and one cell per entry. */
export function CompareRowView({ row, columnKeys, headerClassName, cellClassName, texts }: CompareRowViewProps) {
  return (
    <tr data-differs={row.differs || undefined} className="[&:last-child>*]:border-b-0">
      <th scope="row" className={`${headerClassName} w-32 p-3 align-top font-semibold sm:w-44 ${row.differs ? "bg-mark" : "bg-bg"}`}>
        {row.label}
        {row.differs && (
          <>
            <span aria-hidden="true" className="mt-1 block w-fit rounded border border-fg-muted px-1 text-xs font-medium">
              ≠ {texts.differs}
            </span>
            <span className="sr-only"> {texts.differsHidden}</span>
          </>
        )}
      </th>
      {row.cells.map((cell, index) => (
        <td key={columnKeys[index]} className={`${cellClassName} p-3 align-top break-words`}>
          <CompareCellView cell={cell} texts={texts} />
        </td>
      ))}
    </tr>
  );
}
