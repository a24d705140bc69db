import Link from "next/link";
import type { Catalog, Entry } from "@/lib/catalog";
import { formatPartialDate } from "@/lib/dates";
import { ARCHITECTURE_LABELS, KIND_LABELS, OPEN_WEIGHTS_LABELS, formatEraYears, formatModalityList, formatParameters } from "@/lib/format";

type EntryFactsProps = {
  entry: Entry;
  catalog: Catalog;
};

/** Every front matter field of an entry, as a description list. */
export function EntryFacts({ entry, catalog }: EntryFactsProps) {
  const names = new Map(catalog.modalities.map((modality) => [modality.slug, modality.name]));
  const era = catalog.eras.find((candidate) => candidate.slug === entry.era);
  const facts: [string, React.ReactNode][] = [
    ["Kind", KIND_LABELS[entry.kind]],
    ["Organizations", entry.organizations.join(", ")],
    ["Released", <time key="released" dateTime={entry.released}>{formatPartialDate(entry.released)}</time>],
    ["Era", era ? <Link key="era" href={`/timeline#era-${era.slug}`}>{era.name} ({formatEraYears(era)})</Link> : "Before the catalog's eras"],
    ["Input", formatModalityList(entry.modalities.input, names)],
    ["Output", formatModalityList(entry.modalities.output, names)],
    ["Architecture", ARCHITECTURE_LABELS[entry.architecture]],
    ["Parameters", formatParameters(entry.parameters)],
    ["Weights", OPEN_WEIGHTS_LABELS[entry.openWeights]],
    ["Also known as", entry.aliases.length ? entry.aliases.join(", ") : "—"],
  ];
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-border bg-bg-muted p-4 text-sm">
      {facts.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
