import type { Coverage } from "@/lib/coverage";

/** The catalog's entries per year and output modality, counted at build time. */
export function CoverageTable({ coverage }: { coverage: Coverage }) {
  return (
    <section aria-labelledby="coverage-heading" className="mt-10">
      <h2 id="coverage-heading" className="text-2xl font-semibold">
        Coverage, counted from the data
      </h2>
      <p className="mt-2">
        The catalog holds <strong>{coverage.total}</strong> entries from <strong>{coverage.organizations}</strong>{" "}
        organizations in {coverage.countries} countries; <strong>{coverage.fromChina}</strong> come from organizations
        based in China.
        {coverage.undated > 0 && ` ${coverage.undated} ${coverage.undated === 1 ? "entry has" : "entries have"} no date that a source confirms and ${coverage.undated === 1 ? "is" : "are"} left out of the table.`}{" "}
        An entry with several outputs is counted under each.
      </p>
      {/* Focusable so keyboard users can scroll it on narrow screens. */}
      <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-label="Entries per year, by output modality">
        <table className="w-full text-right text-sm tabular-nums">
          <caption className="sr-only">Entries per year, by output modality</caption>
          <thead>
            <tr className="border-b border-border">
              <th scope="col" className="py-1 pr-3 text-left">Year</th>
              {coverage.outputs.map((output) => (
                <th key={output.slug} scope="col" className="px-2 py-1">{output.name}</th>
              ))}
              <th scope="col" className="py-1 pl-2">Entries</th>
            </tr>
          </thead>
          <tbody>
            {coverage.rows.map((row) => (
              <tr key={row.year} className="border-b border-border">
                <th scope="row" className="py-1 pr-3 text-left font-medium">{row.year}</th>
                {coverage.outputs.map((output) => (
                  <td key={output.slug} className="px-2 py-1">{row.byOutput[output.slug] || ""}</td>
                ))}
                <td className="py-1 pl-2 font-semibold">{row.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
