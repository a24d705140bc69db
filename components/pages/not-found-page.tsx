import type { Metadata } from "next";
import Link from "@/components/intent-link";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { setRequestLocale } from "@/lib/i18n/request-locale";

export function notFoundMetadata(locale: Locale): Metadata {
  const { notFound: t } = messagesFor(locale).common;
  return { title: t.title, description: t.description, robots: { index: false } };
}

/** The 404 page: a search box and the two ways back in. */
export default function NotFoundPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const { notFound: t } = messagesFor(locale).common;
  return (
    <div className="mx-auto max-w-2xl py-12 text-center">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-4 text-lg text-fg-muted">{t.text}</p>
      <form action={locale === "en" ? "/models" : "/zh/models"} method="get" role="search" className="mt-6 flex justify-center gap-2">
        <label htmlFor="not-found-search" className="self-center font-medium">
          {t.searchLabel}
        </label>
        <input id="not-found-search" type="search" name="q" className="rounded-md border border-border bg-bg px-2 py-1" />
        <button type="submit" className="rounded-md bg-accent px-3 py-1 font-medium text-accent-fg">
          {t.searchButton}
        </button>
      </form>
      <p className="mt-6">
        <Link href="/">{t.home}</Link> {t.or} <Link href="/models">{t.browse}</Link>
        {locale === "en" ? "." : "。"}
      </p>
    </div>
  );
}
