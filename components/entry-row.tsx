import Link from "next/link";
import type { ReactNode } from "react";
import type { Modality } from "@/lib/catalog";
import { KIND_LABELS } from "@/lib/format";
import type { EntryKind } from "@/lib/vocabulary";
import { ModalityFlow } from "./modality-flow";
import { entryHref } from "@/lib/routes";

/** What a list row shows: both a catalog Entry and a search-index entry reduce to this. */
export type EntryRowData = {
  slug: string;
  name: string;
  kind: EntryKind;
  organizations: string[];
  year: number | null;
  input: string[];
  output: string[];
  summary: string;
};

type EntryRowProps = {
  entry: EntryRowData;
  modalities: Pick<Modality, "slug" | "name">[];
  /** Extra control at the end of the row, such as a compare checkbox. */
  action?: ReactNode;
};

/** One entry in a list, shared by the server-rendered lists and the live search results. */
export function EntryRow({ entry, modalities, action }: EntryRowProps) {
  return (
    <li className="flex gap-3 px-4 py-3">
      <div className="min-w-0 flex-1">
        {/* Lists hold up to hundreds of links: prefetching each would cost more than it saves. */}
        <Link href={entryHref(entry.slug)} prefetch={false} className="font-semibold">
          {entry.name}
        </Link>
        <span className="ml-2 text-sm text-fg-muted">
          {KIND_LABELS[entry.kind]} · {entry.organizations.join(", ")} · {entry.year ?? "date unknown"} ·{" "}
          <ModalityFlow input={entry.input} output={entry.output} modalities={modalities} />
        </span>
        <p className="mt-1 text-sm text-fg-muted">{entry.summary}</p>
      </div>
      {action && <div className="shrink-0 pt-1">{action}</div>}
    </li>
  );
}
