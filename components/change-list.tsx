import Link from "@/components/intent-link";
import type { Change } from "@/lib/publish/changes";
import { formatPartialDate } from "@/lib/dates";
import { entryHref } from "@/lib/routes";

const VERB: Record<Change["type"], string> = { added: "Added", updated: "Corrected" };

/** Additions and corrections, each dated and linking to its entry. */
export function ChangeList({ changes, showDate = true }: { changes: readonly Change[]; showDate?: boolean }) {
  return (
    <ul className="divide-y divide-border rounded-lg border border-border">
      {changes.map((change) => (
        <li key={`${change.type}-${change.slug}-${change.date}`} className="p-3">
          <p>
            <span className="text-sm font-medium text-fg-muted">{VERB[change.type]}</span>{" "}
            <Link href={entryHref(change.slug)} className="font-semibold">
              {change.name}
            </Link>
            {showDate && (
              <>
                {" "}
                <time dateTime={change.date} className="text-sm text-fg-muted">
                  {formatPartialDate(change.date)}
                </time>
              </>
            )}
          </p>
          <p className="mt-1 text-sm text-fg-muted">{change.text}</p>
        </li>
      ))}
    </ul>
  );
}
