import type { Metadata } from "next";
import { ChangeList } from "@/components/change-list";
import { getCatalog } from "@/lib/catalog";
import { catalogChanges, changesByDay } from "@/lib/changes";
import { formatPartialDate } from "@/lib/dates";

export const metadata: Metadata = {
  title: "Changes",
  description: "Entries added to the catalog and facts corrected, newest first, with an Atom feed.",
  alternates: { canonical: "/changes" },
};

export default function ChangesPage() {
  const days = changesByDay(catalogChanges(getCatalog()));
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold">Changes</h1>
      <p className="mt-3 text-lg text-fg-muted">
        Entries added to the catalog and facts corrected, newest first. Follow them in a feed reader with the{" "}
        <a href="/feed.xml">Atom feed</a>.
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
