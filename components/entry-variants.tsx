import type { VariantRow } from "@/lib/entry-facts";
import { formatPartialDate } from "@/lib/dates";
import { getMessages } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { textLanguage } from "@/lib/i18n/text-language";
import { CitationMark } from "./citation-mark";

/** Versions and sizes inside one entry, so "the largest published variant" is visible, not implied. */
export function EntryVariants({ variants }: { variants: VariantRow[] }) {
  if (variants.length === 0) return null;
  const t = getMessages().entry.variants;
  const locale = requestLocale();
  return (
    <section aria-labelledby="variants-heading" className="mt-8">
      <h2 id="variants-heading" className="mb-2 text-xl font-semibold">
        {t.heading}
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-border">
              <th scope="col" className="py-1 pr-4">{t.name}</th>
              <th scope="col" className="py-1 pr-4">{t.released}</th>
              <th scope="col" className="py-1 pr-4">{t.parameters}</th>
            </tr>
          </thead>
          <tbody>
            {variants.map((variant) => (
              <tr key={variant.name} className="border-b border-border align-top">
                <th scope="row" className="py-1 pr-4 font-medium">
                  {variant.name}
                  {variant.citation && <CitationMark citation={variant.citation} />}
                  {variant.note && (
                    <span lang={textLanguage(variant.note, locale)} className="block text-xs font-normal text-fg-muted">
                      {variant.note}
                    </span>
                  )}
                </th>
                <td className="py-1 pr-4">{variant.released ? <time dateTime={variant.released}>{formatPartialDate(variant.released, locale)}</time> : "—"}</td>
                <td className="py-1 pr-4 tabular-nums">{variant.parameters ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
