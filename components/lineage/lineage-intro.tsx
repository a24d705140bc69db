import { getMessages } from "@/lib/i18n/messages";
import { fill } from "@/lib/i18n/format-message";

/** The heading and explanation shared by /lineage and its filter pages. */
export function LineageIntro({ filter }: { filter?: string }) {
  const t = getMessages().lineage;
  // "Lineage" stays bold and what follows it, the filter, is set in normal weight.
  const full = filter ? fill(t.filteredTitle, { filter }) : t.title;
  const head = full.startsWith(t.title) ? t.title : "";
  return (
    <>
      <h1 className="text-3xl font-bold">
        {head}
        {full.length > head.length && <span className="font-normal">{full.slice(head.length)}</span>}
      </h1>
      <p className="mt-3 max-w-3xl text-lg text-fg-muted">{t.intro}</p>
    </>
  );
}
