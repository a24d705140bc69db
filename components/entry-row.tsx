import Link from "@/components/intent-link";
import type { ReactNode } from "react";
import type { Modality } from "@/lib/catalog";
import { KIND_LABELS } from "@/lib/format";
import type { EntryKind } from "@/lib/content/vocabulary";
import { ModalityFlow } from "./modality-flow";
import { entryHref } from "@/lib/routes";
import { deriveTasks } from "@/lib/search/tasks";

/** What a list row shows: both a catalog Entry and a search-index entry reduce to this. */
export type EntryRowData = {
  slug: string;
  name: string;
  kind: EntryKind;
  organizations: string[];
  year: number | null;
  input: string[];
  output: string[];
  /** Tells speech from music among audio tasks. */
  keywords: string[];
  summary: string;
};

type EntryRowProps = {
  entry: EntryRowData;
  modalities: Pick<Modality, "slug" | "name">[];
  /** Extra control at the end of the row, such as a compare checkbox. */
  action?: ReactNode;
  /** Why a search shows this row when it is not named like the query ("Topic or task"). */
  matchLabel?: string;
};

/** One entry in a list, shared by the server-rendered lists and the live search results. */
export function EntryRow({ entry, modalities, action, matchLabel }: EntryRowProps) {
  const tasks = deriveTasks(entry.input, entry.output, entry.keywords);
  return (
    <li className="flex gap-3 px-4 py-3">
      <div className="min-w-0 flex-1">
        {/* Lists hold up to hundreds of links: prefetching each would cost more than it saves. */}
        <Link href={entryHref(entry.slug)} prefetch={false} className="font-semibold">
          {entry.name}
        </Link>
        {matchLabel && (
          <span data-match-label className="ml-2 rounded border border-border px-1.5 text-xs text-fg-muted">
            {matchLabel}
          </span>
        )}
        <span className="ml-2 text-sm text-fg-muted">
          {KIND_LABELS[entry.kind]} · {entry.organizations.join(", ")} · {entry.year ?? "date unknown"} ·{" "}
          <ModalityFlow input={entry.input} output={entry.output} modalities={modalities} />
        </span>
        <p className="mt-1 text-sm text-fg-muted">{entry.summary}</p>
        {tasks.length > 0 && (
          <p className="mt-1 text-xs text-fg-muted">
            <span className="sr-only">Tasks: </span>
            {tasks.map((task) => task.label).join(" · ")}
          </p>
        )}
      </div>
      {action && <div className="shrink-0 pt-1">{action}</div>}
    </li>
  );
}
