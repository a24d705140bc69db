import type { compare } from "@/lib/i18n/messages/compare";

/** The compare area's messages in one language (a type only: client components receive them as props). */
export type CompareMessages = (typeof compare)["en"];

/** What the interactive /compare view needs, passed by the server page. */
export type CompareViewMessages = Pick<CompareMessages, "title" | "empty" | "suggestions" | "view" | "add" | "copy" | "table" | "notices">;
