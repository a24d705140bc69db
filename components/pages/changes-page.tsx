import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/page-metadata";
import { ChangeList } from "@/components/change-list";
import { catalogIn } from "@/lib/catalog";
import { catalogChanges, changesByDay, CHANGES_PAGE_LIMIT } from "@/lib/publish/changes";
import { formatPartialDate } from "@/lib/dates";

export function generateMetadata({ locale }: { locale: Locale }): Metadata {
  return pageMetadata({
  locale,
  title: "Changes",
  description: "Entries added to the catalog and facts corrected, newest first, with an Atom feed.",
  path: "/changes" });
}

export default function ChangesPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const changes = catalogChanges(catalogIn(locale));
  const days = changesByDay(changes.slice(0, CHANGES_PAGE_LIMIT));
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold">Changes</h1>
      <p className="mt-3 text-lg text-fg-muted">
        Entries added to the catalog and facts corrected, newest first. Follow them in a feed reader with the{" "}
        <a href="/feed.xml">Atom feed</a>.
        {changes.length > CHANGES_PAGE_LIMIT && (
          <>
            {" "}
            These are the latest {CHANGES_PAGE_LIMIT} of {changes.length}; every entry&apos;s dates are in the{" "}
            <a href="/catalog.csv">CSV</a> (columns <code>added</code> and <code>updated</code>).
          </>
        )}
      </p>
      {days.length === 0 ? (
        <p className="mt-6">No dated additions or corrections yet.</p>
      ) : (
        days.map(({ date, changes }) => (
          <section key={date} aria-labelledby={`day-${date}`} className="mt-8">
            <h2 id={`day-${date}`} className="mb-2 text-xl font-semibold">
              <time dateTime={date}>{formatPartialDate(date)}</time>
            </h2>
            <ChangeList changes={changes} showDate={false} />
          </section>
        ))
      )}
    </article>
  );
}
