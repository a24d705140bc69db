import Link from "@/components/intent-link";
import type { ReactNode } from "react";
import type { Modality } from "@/lib/catalog";
import type { EntryKind } from "@/lib/content/vocabulary";
import { ModalityFlow } from "@/components/modality-flow";
import { LABELS } from "@/lib/i18n/labels";
import type { Locale } from "@/lib/i18n/locales";
import { entryHref } from "@/lib/routes";
import { deriveTasks } from "@/lib/search/tasks";
import type { RowMessages } from "./browse/browse-messages";

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
  /** The page's language (rows render on the server and in the browser, so it is passed in). */
  locale: Locale;
  messages: RowMessages;
  /** Extra control at the end of the row, such as a compare checkbox. */
  action?: ReactNode;
  /** Why a search shows this row when it is not named like the query ("Topic or task"). */
  matchLabel?: string;
};

/** One entry in a list, shared by the server-rendered lists and the live search results. */
export function EntryRow({ entry, modalities, locale, messages: t, action, matchLabel }: EntryRowProps) {
  const tasks = deriveTasks(entry.input, entry.output, entry.keywords, locale);
  const labels = LABELS[locale];
  return (
    <li className="entry-row flex gap-3 px-4 py-3">
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
          {labels.kind[entry.kind]} · {entry.organizations.join(labels.listSeparator)} · {entry.year ?? t.dateUnknown} ·{" "}
          <ModalityFlow input={entry.input} output={entry.output} modalities={modalities} locale={locale} />
        </span>
        <p className="mt-1 text-sm text-fg-muted">{entry.summary}</p>
        {tasks.length > 0 && (
          <p className="mt-1 text-xs text-fg-muted">
            <span className="sr-only">{t.tasks}</span>
            {tasks.map((task) => task.label).join(" · ")}
          </p>
        )}
      </div>
      {action && <div className="shrink-0 pt-1">{action}</div>}
    </li>
  );
}
