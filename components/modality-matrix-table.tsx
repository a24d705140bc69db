import Link from "next/link";
import type { ModalityMatrix } from "@/lib/modality-matrix";

/** Input × output counts; each non-empty cell, and each row and column header, links to the filtered list. */
export function ModalityMatrixTable({ matrix }: { matrix: ModalityMatrix }) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-collapse text-sm">
        <caption className="mb-2 text-left text-fg-muted">
          Entries by input (rows) and output (columns) modality. An entry with several inputs or outputs counts in
          each of their cells.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="border border-border p-2 text-left">
              Input ↓ / Output →
            </th>
            {matrix.outputs.map((output) => (
              <th key={output.slug} scope="col" className="border border-border p-2">
                <Link href={`/models?out=${output.slug}`} aria-label={`Every entry that generates ${output.name.toLowerCase()}`}>
                  {output.name}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.inputs.map((input, row) => (
            <tr key={input.slug}>
              <th scope="row" className="border border-border p-2 text-left">
                {input.slug === "none" ? (
                  input.name
                ) : (
                  <Link href={`/models?in=${input.slug}`} aria-label={`Every entry that takes ${input.name.toLowerCase()} in`}>
                    {input.name}
                  </Link>
                )}
              </th>
              {matrix.cells[row].map((cell) => (
                <td key={cell.output} className="border border-border p-0 text-center">
                  {cell.count > 0 ? (
                    <Link
                      href={`/models?in=${cell.input}&out=${cell.output}`}
                      className="block p-2 font-semibold"
                      aria-label={`${cell.count} ${input.name} to ${matrix.outputs.find((o) => o.slug === cell.output)?.name} entries`}
                    >
                      {cell.count}
                    </Link>
                  ) : (
                    <span className="block p-2 text-fg-muted">0</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
