import Link from "next/link";
import type { Entry, Modality } from "@/lib/catalog";
import { KIND_LABELS } from "@/lib/format";
import { ModalityFlow } from "./modality-flow";

type EntryListProps = {
  entries: Entry[];
  modalities: Modality[];
};

/** The server-rendered list of entries: plain links, readable without JavaScript. */
export function EntryList({ entries, modalities }: EntryListProps) {
  return (
    <ul className="divide-y divide-border rounded-lg border border-border">
      {entries.map((entry) => (
        <li key={entry.slug} className="px-4 py-3">
          <Link href={`/models/${entry.slug}`} className="font-semibold">
            {entry.name}
          </Link>
          <span className="ml-2 text-sm text-fg-muted">
            {KIND_LABELS[entry.kind]} · {entry.organizations.join(", ")} · {entry.year} ·{" "}
            <ModalityFlow input={entry.modalities.input} output={entry.modalities.output} modalities={modalities} />
          </span>
          <p className="mt-1 text-sm text-fg-muted">{entry.summary}</p>
        </li>
      ))}
    </ul>
  );
}
