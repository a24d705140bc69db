import type { VariantRow } from "@/lib/entry-facts";
import { formatPartialDate } from "@/lib/dates";
import { CitationMark } from "./citation-mark";

/** Versions and sizes inside one entry, so "the largest published variant" is visible, not implied. */
export function EntryVariants({ variants }: { variants: VariantRow[] }) {
  if (variants.length === 0) return null;
  return (
    <section aria-labelledby="variants-heading" className="mt-8">
      <h2 id="variants-heading" className="mb-2 text-xl font-semibold">
        Versions and variants
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-border">
              <th scope="col" className="py-1 pr-4">Name</th>
              <th scope="col" className="py-1 pr-4">Released</th>
              <th scope="col" className="py-1 pr-4">Parameters</th>
            </tr>
          </thead>
          <tbody>
            {variants.map((variant) => (
              <tr key={variant.name} className="border-b border-border align-top">
                <th scope="row" className="py-1 pr-4 font-medium">
                  {variant.name}
                  {variant.citation && <CitationMark citation={variant.citation} />}
                  {variant.note && <span className="block text-xs font-normal text-fg-muted">{variant.note}</span>}
                </th>
                <td className="py-1 pr-4">{variant.released ? <time dateTime={variant.released}>{formatPartialDate(variant.released)}</time> : "—"}</td>
                <td className="py-1 pr-4 tabular-nums">{variant.parameters ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
