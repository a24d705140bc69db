import type { Coverage } from "@/lib/coverage";
import { fillNodes } from "@/components/rich-message";
import { formatNumber, plural } from "@/lib/i18n/format-message";
import { getMessages } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";

/** The catalog's entries per year and output modality, counted at build time. */
export function CoverageTable({ coverage }: { coverage: Coverage }) {
  const locale = requestLocale();
  const { pages } = getMessages();
  const t = pages.coverage;
  const number = (value: number) => formatNumber(locale, value);
  return (
    <section aria-labelledby="coverage-heading" className="mt-10">
      <h2 id="coverage-heading" className="text-2xl font-semibold">
        {t.heading}
      </h2>
      <p className="mt-2">
        {fillNodes(t.holds, {
          total: <strong>{number(coverage.total)}</strong>,
          organizations: <strong>{number(coverage.organizations)}</strong>,
          countries: number(coverage.countries),
          fromChina: <strong>{number(coverage.fromChina)}</strong>,
        })}
        {coverage.undated > 0 && pages.sentenceGap + plural(locale, t.undated, coverage.undated)}
        {pages.sentenceGap}
        {t.several}
      </p>
      {/* Focusable so keyboard users can scroll it on narrow screens. */}
      <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-label={t.caption}>
        <table className="w-full text-right text-sm tabular-nums">
          <caption className="sr-only">{t.caption}</caption>
          <thead>
            <tr className="border-b border-border">
              <th scope="col" className="py-1 pr-3 text-left">{t.year}</th>
              {coverage.outputs.map((output) => (
                <th key={output.slug} scope="col" className="px-2 py-1">{output.name}</th>
              ))}
              <th scope="col" className="py-1 pl-2">{t.entries}</th>
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
