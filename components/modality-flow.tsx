import type { Modality } from "@/lib/catalog";
import { formatModalityList } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { requestLocale } from "@/lib/i18n/request-locale";

type ModalityFlowProps = {
  input: string[];
  output: string[];
  modalities: Pick<Modality, "slug" | "name">[];
  /**
   * The page's language. Server components can leave it out (it is the request's); a client
   * component must pass it (useLocale()), since the request's language is not known in the browser.
   */
  locale?: Locale;
};

// Client-safe (this component also renders inside the model browser), so its two screen-reader
// words live here rather than in the message catalog, which client code must not import.
const SCREEN_READER_LABELS: Record<Locale, { input: string; output: string }> = {
  en: { input: "Input: ", output: "; output: " },
  zh: { input: "输入：", output: "；输出：" },
};

/** "Text, Image → Text", in words so it never depends on colour or icons alone. */
export function ModalityFlow({ input, output, modalities, locale = requestLocale() }: ModalityFlowProps) {
  const names = new Map(modalities.map((modality) => [modality.slug, modality.name]));
  const labels = SCREEN_READER_LABELS[locale];
  return (
    <span className="whitespace-nowrap">
      <span className="sr-only">{labels.input}</span>
      {formatModalityList(input, names, locale)}
      <span aria-hidden="true"> → </span>
      <span className="sr-only">{labels.output}</span>
      {formatModalityList(output, names, locale)}
    </span>
  );
}
