"use client";

import { usePathname } from "next/navigation";
import type { SyntheticEvent } from "react";
import { LANGUAGE_NAME, LANGUAGE_TAG, parseLocalePath, switchLocalePath, type Locale } from "@/lib/i18n/locales";
import { useLocale } from "./locale-provider";

const NOT_FOUND_PATHS = ["/_not-found", "/404"];

/**
 * A link to the same page in the other language. The path is known when the page is built; the
 * query string and fragment (filters, search, compare selection) are added when the reader reaches
 * for the link, since a static page cannot know them in advance. Without JavaScript the link still
 * goes to the same page, without the query.
 */
export function LanguageSwitch({ label }: { label: string }) {
  const locale = useLocale();
  const other: Locale = locale === "en" ? "zh" : "en";
  const pathname = usePathname() ?? "/";
  // A 404 page is built once for every missing address: its switch leads to the other home page.
  const notFound = NOT_FOUND_PATHS.includes(parseLocalePath(pathname).path);
  const path = notFound ? switchLocalePath("/", other) : switchLocalePath(pathname, other);
  const keepQuery = (event: SyntheticEvent<HTMLAnchorElement>) => {
    if (!notFound) event.currentTarget.href = `${path}${window.location.search}${window.location.hash}`;
  };
  return (
    <a
      href={path}
      hrefLang={LANGUAGE_TAG[other]}
      lang={LANGUAGE_TAG[other]}
      aria-label={label}
      onPointerEnter={keepQuery}
      onFocus={keepQuery}
      onClick={keepQuery}
      onContextMenu={keepQuery}
      className="rounded-md border border-border px-2 py-0.5 text-sm font-medium no-underline hover:border-accent"
    >
      {LANGUAGE_NAME[other]}
    </a>
  );
}
