import type { Entry, Modality } from "@/lib/catalog";
import { getMessages } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { EntryRow } from "./entry-row";
import { ListCompareCheckbox } from "./browse/list-compare-checkbox";

type EntryListProps = {
  entries: Entry[];
  modalities: Modality[];
  /** Give each row a compare tick (the model list, whose tray collects them). */
  compare?: boolean;
};

/** The server-rendered list of entries: plain links, readable without JavaScript, in the page's language. */
export function EntryList({ entries, modalities, compare = false }: EntryListProps) {
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
          action={compare ? <ListCompareCheckbox slug={entry.slug} name={entry.name} /> : undefined}
        />
      ))}
    </ul>
  );
}
