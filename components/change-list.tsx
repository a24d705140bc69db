import Link from "@/components/intent-link";
import type { Change } from "@/lib/publish/changes";
import { formatPartialDate } from "@/lib/dates";
import { getMessages } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { entryHref } from "@/lib/routes";

/** Additions and corrections, each dated and linking to its entry. */
export function ChangeList({ changes, showDate = true }: { changes: readonly Change[]; showDate?: boolean }) {
  const locale = requestLocale();
  const t = getMessages().pages.changeList;
  return (
    <ul className="divide-y divide-border rounded-lg border border-border">
      {changes.map((change) => (
        <li key={`${change.type}-${change.slug}-${change.date}`} className="p-3">
          <p>
            <span className="text-sm font-medium text-fg-muted">{t[change.type]}</span>{" "}
            <Link href={entryHref(change.slug)} className="font-semibold">
              {change.name}
            </Link>
            {showDate && (
              <>
                {" "}
                <time dateTime={change.date} className="text-sm text-fg-muted">
                  {formatPartialDate(change.date, locale)}
                </time>
              </>
            )}
          </p>
          {/* A correction's note is written once, in English; an addition shows the entry's summary in the page's language. */}
          <p className="mt-1 text-sm text-fg-muted" lang={change.type === "updated" && locale !== "en" ? "en" : undefined}>
            {change.text}
          </p>
        </li>
      ))}
    </ul>
  );
}
