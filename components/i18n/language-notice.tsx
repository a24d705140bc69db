"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { LANGUAGE_TAG, switchLocalePath, type Locale } from "@/lib/i18n/locales";
import { useLocale } from "./locale-provider";

const DISMISSED_KEY = "aigc-catalog:language-notice-dismissed";

type NoticeText = { text: string; link: string; dismiss: string };

/** The reader's language as the browser states it, when it is one of the catalog's. */
export function preferredLocale(languages: readonly string[]): Locale | null {
  for (const language of languages) {
    const tag = language.toLowerCase();
    if (tag === "zh" || tag.startsWith("zh-")) return "zh";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return null;
}

/**
 * A small notice, in the reader's language, when the browser prefers the other language than the
 * page's: never a redirect, since a shared link should open what was shared. Dismissed once, it
 * stays dismissed (localStorage). Texts come from the server in the other language only.
 */
export function LanguageNotice({ texts }: { texts: NoticeText }) {
  const locale = useLocale();
  const pathname = usePathname() ?? "/";
  const [shown, setShown] = useState(false);
  const other: Locale = locale === "en" ? "zh" : "en";

  useEffect(() => {
    let dismissed = false;
    try {
      dismissed = window.localStorage.getItem(DISMISSED_KEY) === "1";
    } catch {
      // Storage can be blocked; then the notice shows, and dismissing it lasts for this page only.
    }
    // Reading the browser's languages is only possible after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (!dismissed && preferredLocale(navigator.languages ?? [navigator.language]) === other) setShown(true);
  }, [other]);

  if (!shown) return null;
  const dismiss = () => {
    setShown(false);
    try {
      window.localStorage.setItem(DISMISSED_KEY, "1");
    } catch {
      // See above.
    }
  };
  return (
    // Fixed at the foot of the screen: it appears only after hydration, and pushing the page down
    // then would move everything the reader had started to read (a layout shift of 0.08–0.18 on
    // Lighthouse's English-language browser reading the Chinese pages). First in the document, so
    // a screen reader still meets it first.
    <aside
      lang={LANGUAGE_TAG[other]}
      aria-label={texts.text}
      className="fixed inset-x-0 bottom-0 z-40 border-t border-border bg-bg-muted shadow-[0_-4px_12px_rgb(0_0_0/0.08)]"
    >
      <p className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm sm:px-6">
        <span>{texts.text}</span>
        <a href={`${switchLocalePath(pathname, other)}${window.location.search}`} hrefLang={LANGUAGE_TAG[other]}>
          {texts.link}
        </a>
        <button type="button" onClick={dismiss} className="ml-auto rounded-md border border-border px-2 py-0.5">
          {texts.dismiss}
        </button>
      </p>
    </aside>
  );
}
