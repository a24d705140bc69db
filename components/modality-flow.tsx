import type { Modality } from "@/lib/catalog";
import { formatModalityList } from "@/lib/format";
import { LABELS } from "@/lib/i18n/labels";
import type { Locale } from "@/lib/i18n/locales";

type ModalityFlowProps = {
  input: string[];
  output: string[];
  modalities: Pick<Modality, "slug" | "name">[] | Map<string, string>;
  /** The page's language: passed in, since rows render both on the server and in the browser. */
  locale: Locale;
};

/**
 * "Text, Image → Text", in words so it never depends on colour or icons alone; screen readers hear
 * "Input: Text, Image; output: Text" ("输入：文本、图像；输出：文本"). Client-safe: list rows use it
 * in the live search results too.
 */
export function ModalityFlow({ input, output, modalities, locale }: ModalityFlowProps) {
  const names = modalities instanceof Map ? modalities : new Map(modalities.map((modality) => [modality.slug, modality.name]));
  const labels = LABELS[locale].flow;
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
