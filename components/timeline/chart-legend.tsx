import { patternId } from "./chart-patterns";
import { markerPath, modalityStyle } from "./modality-style";

type ChartLegendProps = {
  items: { slug: string; name: string }[];
  /** Bars are told apart by fill pattern, points by marker shape. */
  swatch: { kind: "pattern"; prefix: string } | { kind: "marker" };
};

export function ChartLegend({ items, swatch }: ChartLegendProps) {
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {items.map((item) => (
        <li key={item.slug} className="inline-flex items-center gap-1.5">
          <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
            {swatch.kind === "pattern" ? (
              <rect x="-7" y="-7" width="14" height="14" style={{ fill: `url(#${patternId(swatch.prefix, item.slug)})`, stroke: "var(--fg-muted)" }} />
            ) : (
              <path d={markerPath(item.slug, 80)} style={{ fill: modalityStyle(item.slug).color, stroke: "var(--bg)" }} />
            )}
          </svg>
          {item.name}
        </li>
      ))}
    </ul>
  );
}
