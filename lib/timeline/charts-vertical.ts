import { scaleBand, scaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import type { Tick, YearStack } from "@/lib/timeline/charts";

// The releases chart turned on its side for narrow screens: one row per year, read top to bottom,
// so the chart grows in height rather than width and every row can carry its year and total as text.

export type RowBox = { width: number; top: number; right: number; bottom: number; left: number; rowHeight: number };
export type RowSegment = { modality: string; count: number; x: number; width: number };
export type YearRow = { year: number; y: number; height: number; total: number; end: number; segments: RowSegment[] };
export type YearRowsLayout = { rows: YearRow[]; xTicks: Tick[]; height: number; baseline: number };

export function yearRowsLayout(stacks: YearStack[], outputs: readonly string[], box: RowBox, maxTicks = 4): YearRowsLayout {
  const height = box.top + stacks.length * box.rowHeight + box.bottom;
  const y = scaleBand<number>()
    .domain(stacks.map((s) => s.year))
    .range([box.top, height - box.bottom])
    .padding(0.2);
  const totals = stacks.map((s) => outputs.reduce((sum, m) => sum + (s.counts[m] ?? 0), 0));
  const highest = Math.max(1, ...totals);
  const x = scaleLinear().domain([0, highest]).nice(Math.min(highest, maxTicks)).range([box.left, box.width - box.right]);
  const layers = stack<YearStack, string>()
    .keys(outputs)
    .value((s, modality) => s.counts[modality] ?? 0)(stacks);
  const rows = stacks.map((s, i) => ({
    year: s.year,
    y: y(s.year)!,
    height: y.bandwidth(),
    total: totals[i],
    end: x(totals[i]),
    segments: layers
      .map((layer) => ({ modality: layer.key, count: s.counts[layer.key] ?? 0, x: x(layer[i][0]), width: x(layer[i][1]) - x(layer[i][0]) }))
      .filter((segment) => segment.count > 0),
  }));
  const xTicks = x
    .ticks(Math.min(highest, maxTicks))
    .filter(Number.isInteger)
    .map((value) => ({ value, label: String(value), position: x(value) }));
  return { rows, xTicks, height, baseline: x(0) };
}
