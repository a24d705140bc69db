import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { SiteFooter } from "@/components/site-footer";
import { LocaleProvider } from "@/components/i18n/locale-provider";
import { LanguageNotice } from "@/components/i18n/language-notice";
import { SITE } from "@/lib/site";
import { pageMetadata } from "@/lib/publish/page-metadata";
import { LANGUAGE_TAG, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { setRequestLocale } from "@/lib/i18n/request-locale";

// The HTML document around every page, in either language: each language has its own root layout
// (app/(en)/layout.tsx, app/(zh)/layout.tsx) so that <html lang> is right in the static HTML.

export function rootMetadata(locale: Locale): Metadata {
  const { siteName, siteTitle, siteDescription } = messagesFor(locale).common;
  return {
    metadataBase: new URL(SITE.url),
    title: { default: siteTitle, template: `%s · ${siteName}` },
    ...pageMetadata({ locale, title: null, description: siteDescription, path: null }),
  };
}

export const ROOT_VIEWPORT: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0f1115" },
  ],
};

export function SiteDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  setRequestLocale(locale);
  const { common: t } = messagesFor(locale);
  const other: Locale = locale === "en" ? "zh" : "en";
  return (
    <html lang={LANGUAGE_TAG[locale]}>
      <body className="flex min-h-screen flex-col bg-bg font-sans text-fg antialiased">
        {/* React puts <link> in <head>; here, unlike metadata.alternates, pages' own canonical links cannot replace it. */}
        <link rel="alternate" type="application/atom+xml" title={t.feedTitle} href="/feed.xml" />
        <LocaleProvider locale={locale}>
          <a
            href="#main"
            className="sr-only rounded bg-accent px-3 py-2 text-accent-fg focus:not-sr-only focus:absolute focus:left-3 focus:top-3 focus:z-50"
          >
            {t.skipToContent}
          </a>
          <LanguageNotice texts={messagesFor(other).common.languageNotice} />
          <SiteHeader />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none sm:px-6">
            {children}
          </main>
          <SiteFooter />
        </LocaleProvider>
      </body>
    </html>
  );
}
