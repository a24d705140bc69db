"use client";

import NextLink from "next/link";
import { useState, type ComponentProps, type FocusEvent, type MouseEvent, type TouchEvent } from "react";
import { localizeHref } from "@/lib/i18n/locales";
import { useLocale } from "@/components/i18n/locale-provider";

type LinkProps = ComponentProps<typeof NextLink>;

/**
 * next/link that prefetches its route when the reader shows intent (pointer over it, keyboard
 * focus, touch start) instead of when it scrolls into view. With next/link's default, an entry page
 * fetched every visible link's route on load (~20 requests, ~145 KB) while the page itself was
 * still starting, which cost phones most. The first sign of intent switches prefetching on, and
 * next/link prefetches the (visible) link at once. `prefetch={false}` still means never.
 * Same props as next/link, so a file switches by changing its import.
 *
 * It also keeps the reader in their language: on a Chinese page, href="/models/gpt-4" links to
 * /zh/models/gpt-4, so components write each address once, in its English form.
 */
export default function IntentLink({ prefetch, onMouseEnter, onFocus, onTouchStart, href, ...rest }: LinkProps) {
  const locale = useLocale();
  const [intent, setIntent] = useState(false);
  const show = () => {
    if (prefetch !== false) setIntent(true);
  };
  return (
    <NextLink
      prefetch={intent ? prefetch : false}
      onMouseEnter={(event: MouseEvent<HTMLAnchorElement>) => {
        onMouseEnter?.(event);
        show();
      }}
      onFocus={(event: FocusEvent<HTMLAnchorElement>) => {
        onFocus?.(event);
        show();
      }}
      onTouchStart={(event: TouchEvent<HTMLAnchorElement>) => {
        onTouchStart?.(event);
        show();
      }}
      href={typeof href === "string" ? localizeHref(locale, href) : href}
      {...rest}
    />
  );
}
