import { ALL_MODALITIES } from "@/lib/timeline/timeline-filter";

/**
 * The rules that make `data-timeline-filter="<slug>"` hide non-matching events and reveal the
 * "nothing here" note of bands without a match. Generated from the catalog's modalities, whose
 * slugs the schema restricts to [a-z0-9-], so they are safe inside attribute selectors.
 */
export function FilterStyles({ slugs }: { slugs: readonly string[] }) {
  const css = slugs
    .filter((slug) => slug !== ALL_MODALITIES)
    .map(
      (slug) =>
        `[data-timeline-filter="${slug}"] [data-event]:not([data-modalities~="${slug}"]){display:none}` +
        `[data-timeline-filter="${slug}"] [data-band]:not([data-modalities~="${slug}"]) [data-band-empty]{display:block}`,
    )
    .join("\n");
  return <style>{css}</style>;
}
