// The language of the page being rendered, for server components deep in the tree. A page sets it
// first thing (setRequestLocale) and components read it (requestLocale) instead of every component
// taking a `locale` prop. React's cache() lives exactly as long as one server render, the same
// mechanism next-intl uses for static rendering. Server components only: client components get the
// language from <LocaleProvider> (components/i18n/locale-provider.tsx).
import { cache } from "react";
import { DEFAULT_LOCALE, type Locale } from "./locales";

const current = cache((): { locale: Locale } => ({ locale: DEFAULT_LOCALE }));

export function setRequestLocale(locale: Locale): void {
  current().locale = locale;
}

export function requestLocale(): Locale {
  return current().locale;
}
