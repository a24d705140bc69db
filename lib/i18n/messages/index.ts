// Every interface string, per language. Server code reads messagesFor(locale) (or getMessages() in
// a server component); client components receive the slice they need as a prop, so a browser only
// downloads its own language's strings, and only those its page uses.
import type { Locale } from "../locales";
import { requestLocale } from "../request-locale";
import { browse } from "./browse";
import { common } from "./common";
import { compare } from "./compare";
import { entry } from "./entry";
import { lineage } from "./lineage";
import { pages } from "./pages";
import { timeline } from "./timeline";

const AREAS = { common, browse, compare, entry, lineage, pages, timeline };

export type Messages = { [Area in keyof typeof AREAS]: (typeof AREAS)[Area]["en"] };

const byLocale = new Map<Locale, Messages>();

export function messagesFor(locale: Locale): Messages {
  let messages = byLocale.get(locale);
  if (!messages) {
    messages = Object.fromEntries(Object.entries(AREAS).map(([area, texts]) => [area, texts[locale]])) as Messages;
    byLocale.set(locale, messages);
  }
  return messages;
}

/** The messages of the page being rendered (server components). */
export function getMessages(): Messages {
  return messagesFor(requestLocale());
}
