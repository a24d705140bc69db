import Link from "@/components/intent-link";
import { catalogIn, modalityNames, type Entry } from "@/lib/catalog";
import { fill } from "@/lib/i18n/format-message";
import { messagesFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { entryHref } from "@/lib/routes";
import { markerPath, modalityStyle } from "@/components/timeline/modality-style";
// The modality colours (--modality-*) are defined with the timeline, which first used them.
import "@/components/timeline/timeline.css";

/** An entry in the family lists: its first output's marker (as on the timeline), its link and year. */
export function LineageNodeLabel({ entry, current = false }: { entry: Entry; current?: boolean }) {
  const locale = requestLocale();
  const t = messagesFor(locale).lineage;
  const output = entry.modalities.output[0] ?? "other";
  // English names the outputs by slug ("text and image"); Chinese by the modalities' Chinese names.
  const names = locale === "en" ? null : modalityNames(catalogIn(locale));
  const outputs = entry.modalities.output.map((slug) => names?.get(slug) ?? slug).join(t.outputsSeparator);
  return (
    <>
      <svg width="12" height="12" viewBox="-6 -6 12 12" aria-hidden="true" focusable="false" className="mr-1 inline-block align-baseline">
        <path d={markerPath(output, 50)} style={{ fill: modalityStyle(output).color }} />
      </svg>
      {current ? (
        <strong aria-current="page">{entry.name}</strong>
      ) : (
        <Link href={entryHref(entry.slug)} prefetch={false} className="font-medium">
          {entry.name}
        </Link>
      )}{" "}
      <span className="text-sm text-fg-muted">{fill(t.nodeDetails, { year: entry.year === null ? t.dateUnknown : fill(t.year, { year: entry.year }), outputs })}</span>
    </>
  );
}
