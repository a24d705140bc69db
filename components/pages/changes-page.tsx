import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/page-metadata";
import { ChangeList } from "@/components/change-list";
import { fillNodes } from "@/components/rich-message";
import { catalogIn } from "@/lib/catalog";
import { catalogChanges, changesByDay, CHANGES_PAGE_LIMIT } from "@/lib/publish/changes";
import { formatPartialDate } from "@/lib/dates";
import { formatNumber } from "@/lib/i18n/format-message";
import { messagesFor } from "@/lib/i18n/messages";

export function generateMetadata({ locale }: { locale: Locale }): Metadata {
  const t = messagesFor(locale).pages.changes;
  return pageMetadata({ locale, title: t.title, description: t.description, path: "/changes" });
}

export default function ChangesPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const { pages } = messagesFor(locale);
  const t = pages.changes;
  const changes = catalogChanges(catalogIn(locale));
  const days = changesByDay(changes.slice(0, CHANGES_PAGE_LIMIT));
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-3 text-lg text-fg-muted">
        {fillNodes(t.intro, { feed: <a href="/feed.xml">{t.feed}</a> })}
        {changes.length > CHANGES_PAGE_LIMIT && (
          <>
            {pages.sentenceGap}
            {fillNodes(t.more, {
              limit: formatNumber(locale, CHANGES_PAGE_LIMIT),
              total: formatNumber(locale, changes.length),
              csv: <a href="/catalog.csv">CSV</a>,
              added: <code>added</code>,
              updated: <code>updated</code>,
            })}
          </>
        )}
      </p>
      {days.length === 0 ? (
        <p className="mt-6">{t.empty}</p>
      ) : (
        days.map(({ date, changes }) => (
          <section key={date} aria-labelledby={`day-${date}`} className="mt-8">
            <h2 id={`day-${date}`} className="mb-2 text-xl font-semibold">
              <time dateTime={date}>{formatPartialDate(date, locale)}</time>
            </h2>
            <ChangeList changes={changes} showDate={false} />
          </section>
        ))
      )}
    </article>
  );
}
