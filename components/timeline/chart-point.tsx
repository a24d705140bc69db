import type { Box, ScatterDot } from "@/lib/charts";
import { formatCount } from "@/lib/format";
import { formatPartialDate } from "@/lib/dates";
import { entryHref } from "@/lib/routes";
import { markerPath, modalityStyle } from "./modality-style";

/** "GPT-3, 28 May 2020: 175B parameters": the point's accessible name, and (shortened) its label. */
export function pointName(dot: ScatterDot): string {
  return `${dot.name}, ${formatPartialDate(dot.released)}: ${formatCount(dot.parameters)} parameters`;
}

type ChartPointProps = { dot: ScatterDot; box: Box; area: number };

/**
 * A marker that is a link to its entry, so every point can be reached with Tab and names itself
 * there: a label with the name and value appears on focus and on hover (timeline.css), and screen
 * readers hear the same words. The label sits above the point, or below it near the top edge, and
 * leans away from the sides so it stays inside the chart.
 */
export function ChartPoint({ dot, box, area }: ChartPointProps) {
  const plotWidth = box.width - box.left - box.right;
  const anchor = dot.cx < box.left + plotWidth / 3 ? "start" : dot.cx > box.width - box.right - plotWidth / 3 ? "end" : "middle";
  const x = anchor === "start" ? dot.cx - 6 : anchor === "end" ? dot.cx + 6 : dot.cx;
  const y = dot.cy - 14 < box.top + 4 ? dot.cy + 22 : dot.cy - 14;
  return (
    <a href={entryHref(dot.slug)} aria-label={pointName(dot)} className="chart-point">
      <circle className="chart-point-ring" cx={dot.cx} cy={dot.cy} r={Math.sqrt(area) / 1.4 + 4} />
      <path
        transform={`translate(${dot.cx},${dot.cy})`}
        d={markerPath(dot.output, area)}
        style={{ fill: modalityStyle(dot.output).color, stroke: "var(--bg)", strokeWidth: 1 }}
      />
      <text className="chart-point-label" x={x} y={y} textAnchor={anchor} aria-hidden="true">
        {`${dot.name}, ${formatPartialDate(dot.released)}: ${formatCount(dot.parameters)}`}
      </text>
    </a>
  );
}
