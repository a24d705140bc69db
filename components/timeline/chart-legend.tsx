import { ChartPatterns, patternId } from "./chart-patterns";
import { markerPath, modalityStyle } from "./modality-style";
import { getMessages } from "@/lib/i18n/messages";

type ChartLegendProps = {
  items: { slug: string; name: string }[];
  /** Bars are told apart by fill pattern, points by marker shape. */
  swatch: { kind: "pattern"; prefix: string } | { kind: "marker" };
};

export function ChartLegend({ items, swatch }: ChartLegendProps) {
  // The legend's own patterns: those inside a chart are unusable while that chart is display:none.
  const t = getMessages().timeline.chart;
  const prefix = swatch.kind === "pattern" ? `${swatch.prefix}-legend` : "";
  return (
    <ul aria-label={t.legend} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {swatch.kind === "pattern" && (
        <li aria-hidden="true" className="contents">
          <svg width="0" height="0" className="absolute" focusable="false">
            <ChartPatterns prefix={prefix} slugs={items.map((item) => item.slug)} />
          </svg>
        </li>
      )}
      {items.map((item) => (
        <li key={item.slug} className="inline-flex items-center gap-1.5">
          <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
            {swatch.kind === "pattern" ? (
              <rect x="-7" y="-7" width="14" height="14" style={{ fill: `url(#${patternId(prefix, item.slug)})`, stroke: "var(--fg-muted)" }} />
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
