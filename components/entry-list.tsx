import type { Entry, Modality } from "@/lib/catalog";
import { getMessages } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import type { ReactNode } from "react";
import { EntryRow } from "./entry-row";

type EntryListProps = {
  entries: Entry[];
  modalities: Modality[];
  /**
   * A control at the end of each row (the model list's compare tick). Passed in rather than imported
   * here, so that pages without it do not load its script.
   */
  action?: (entry: Entry) => ReactNode;
};

/** The server-rendered list of entries: plain links, readable without JavaScript, in the page's language. */
export function EntryList({ entries, modalities, action }: EntryListProps) {
  const locale = requestLocale();
  const messages = getMessages().browse.row;
  return (
    <ul className="divide-y divide-border rounded-lg border border-border">
      {entries.map((entry) => (
        <EntryRow
          key={entry.slug}
          entry={{
            slug: entry.slug,
            name: entry.name,
            kind: entry.kind,
            organizations: entry.organizationNames,
            year: entry.year,
            input: entry.modalities.input,
            output: entry.modalities.output,
            keywords: entry.keywords,
            summary: entry.summary,
          }}
          modalities={modalities}
          locale={locale}
          messages={messages}
          action={action?.(entry)}
        />
      ))}
    </ul>
  );
}
