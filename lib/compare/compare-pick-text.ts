import type { Locale } from "@/lib/i18n/locales";

// The texts of the compare controls that live inside the model list (its "Compare" ticks and the
// tray under them). That list is a client component of another area which passes these controls no
// messages, so, like lib/i18n/labels, the few strings are here in both languages, client-safe.
export const COMPARE_PICK_TEXT: Record<Locale, { tick: string; tray: string; oneMore: string; firstOnly: string; clear: string }> = {
  en: {
    /** The tick's visible label; its accessible name adds the entry's name. */
    tick: "Compare",
    tray: "Compare ({count})",
    oneMore: "Tick one more entry to compare.",
    firstOnly: "Only the first {max} ticked are compared.",
    clear: "Clear",
  },
  zh: {
    tick: "对比",
    tray: "对比（{count}）",
    oneMore: "再勾选一个条目即可对比。",
    firstOnly: "只对比前 {max} 个勾选的条目。",
    clear: "清除",
  },
};
