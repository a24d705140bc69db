import type { Modality } from "@/lib/catalog";
import type { YearStack } from "@/lib/timeline/charts";
import { yearRowsLayout, type RowBox } from "@/lib/timeline/charts-vertical";
import { ChartPatterns, patternId } from "./chart-patterns";
import { fill } from "@/lib/i18n/format-message";
import { getMessages } from "@/lib/i18n/messages";

// Drawn at about a phone's width, so user units are close to CSS pixels: 14-unit text stays at or
// above 12 px on a 360 px screen. Rows grow downwards, one per year, each with its year and total.
const BOX: RowBox = { width: 340, top: 30, right: 36, bottom: 30, left: 48, rowHeight: 24 };
const ID = "releases-chart-narrow";

type ReleasesRowsSvgProps = { stacks: YearStack[]; outputs: Modality[]; title: string; summary: string };

/** The releases chart for narrow screens: a horizontal stacked bar per year, labelled in text. */
export function ReleasesRowsSvg({ stacks, outputs, title, summary }: ReleasesRowsSvgProps) {
  const t = getMessages().timeline.releases;
  const slugs = outputs.map((modality) => modality.slug);
  const layout = yearRowsLayout(stacks, slugs, BOX);
  const name = (slug: string) => outputs.find((modality) => modality.slug === slug)?.name ?? slug;
  const bottom = layout.height - BOX.bottom;
  return (
    <svg viewBox={`0 0 ${BOX.width} ${layout.height}`} width="100%" role="img" aria-labelledby={`${ID}-title`} aria-describedby={`${ID}-desc`} className="block" style={{ fontSize: 14 }}>
      <title id={`${ID}-title`}>{title}</title>
      <desc id={`${ID}-desc`}>{summary}</desc>
      <ChartPatterns prefix={ID} slugs={slugs} />
      <g style={{ stroke: "var(--border)" }}>
        {layout.xTicks.map((tick) => (
          <line key={tick.value} x1={tick.position} x2={tick.position} y1={BOX.top} y2={bottom} />
        ))}
      </g>
      <g style={{ fill: "var(--fg-muted)" }}>
        <text x={0} y={BOX.top - 12} style={{ fill: "var(--fg)" }}>
          {t.narrowTitle}
        </text>
        {layout.xTicks.map((tick) => (
          <text key={tick.value} x={tick.position} y={bottom + 20} textAnchor="middle">
            {tick.label}
          </text>
        ))}
      </g>
      {layout.rows.map((row) => (
        <g key={row.year} data-year-row={row.year}>
          <text x={BOX.left - 8} y={row.y + row.height / 2} dy="0.32em" textAnchor="end" style={{ fill: "var(--fg)" }}>
            {row.year}
          </text>
          {row.segments.map((segment) => (
            <rect
              key={segment.modality}
              x={segment.x}
              y={row.y}
              width={segment.width}
              height={row.height}
              style={{ fill: `url(#${patternId(ID, segment.modality)})`, stroke: "var(--bg)", strokeWidth: 1 }}
            >
              <title>{fill(t.segment, { year: row.year, count: segment.count, modality: name(segment.modality).toLowerCase() })}</title>
            </rect>
          ))}
          <text x={row.end + 6} y={row.y + row.height / 2} dy="0.32em" style={{ fill: "var(--fg)" }}>
            {row.total}
          </text>
        </g>
      ))}
      <line x1={layout.baseline} x2={layout.baseline} y1={BOX.top} y2={bottom} style={{ stroke: "var(--fg-muted)" }} />
    </svg>
  );
}
