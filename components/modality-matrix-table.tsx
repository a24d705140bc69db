import Link from "@/components/intent-link";
import { fill, plural } from "@/lib/i18n/format-message";
import { getMessages } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import type { ModalityMatrix } from "@/lib/modality-matrix";

/** Input × output counts; each non-empty cell, and each row and column header, links to the filtered list. */
export function ModalityMatrixTable({ matrix }: { matrix: ModalityMatrix }) {
  const locale = requestLocale();
  const t = getMessages().pages.matrix;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-collapse text-sm">
        <caption className="mb-2 text-left text-fg-muted">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="border border-border p-2 text-left">
              {t.corner}
            </th>
            {matrix.outputs.map((output) => (
              <th key={output.slug} scope="col" className="border border-border p-2">
                <Link href={`/models?out=${output.slug}`} aria-label={fill(t.outputLink, { name: output.name.toLowerCase() })}>
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
                  <Link href={`/models?in=${input.slug}`} aria-label={fill(t.inputLink, { name: input.name.toLowerCase() })}>
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
                      aria-label={plural(locale, t.cell, cell.count, {
                        input: input.name,
                        output: matrix.outputs.find((o) => o.slug === cell.output)?.name ?? cell.output,
                      })}
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
