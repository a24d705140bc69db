import type { Locale } from "./locales";

/**
 * The shape a translation must have: the same keys as the English messages, every leaf a string.
 * A key missing from the Chinese messages, or one the English messages do not have, fails the type check.
 */
export type MessageShape<T> = T extends string ? string : { readonly [K in keyof T]: MessageShape<T[K]> };

/** One area's messages in both languages, side by side so a translator sees both. */
export function defineMessages<const T>(messages: { en: T; zh: MessageShape<T> }): Record<Locale, MessageShape<T>> {
  return messages as Record<Locale, MessageShape<T>>;
}
