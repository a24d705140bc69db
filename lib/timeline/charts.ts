import { scaleBand, scaleLinear, scaleLog } from "d3-scale";
import { stack } from "d3-shape";
import type { DatedEntry } from "@/lib/catalog";
import { parsePartialDate } from "@/lib/dates";
import { formatCount } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";

// Data and geometry for the two timeline charts, computed at build time. d3 is used here, on the
// server, for scales and stacking only; components draw the returned numbers as plain SVG.

type ChartEntry = Pick<DatedEntry, "slug" | "name" | "releaseDate" | "year" | "parameters" | "parameterCount" | "modalities">;

export type Box = { width: number; height: number; top: number; right: number; bottom: number; left: number };

export type YearStack = {
  year: number;
  /** Entries per output modality. An entry with several outputs counts once under each. */
  counts: Record<string, number>;
  /** Distinct entries released that year. */
  entries: number;
};

/** Every year from the first release to the last, empty years included so gaps stay visible. */
export function releasesPerYear(entries: ChartEntry[], outputs: readonly string[]): YearStack[] {
  if (entries.length === 0) return [];
  const years = entries.map((entry) => entry.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const year = first + i;
    const released = entries.filter((entry) => entry.year === year);
    const counts = Object.fromEntries(
      outputs.map((modality) => [modality, released.filter((entry) => entry.modalities.output.includes(modality)).length]),
    );
    return { year, counts, entries: released.length };
  });
}

/** How many entries the stacks count more than once, for the chart's caption. */
export function multiOutputCount(entries: ChartEntry[]): number {
  return entries.filter((entry) => new Set(entry.modalities.output).size > 1).length;
}

export type ParameterPoint = {
  slug: string;
  name: string;
  released: string;
  parameters: number;
  /** The first output modality, which sets the point's marker. */
  output: string;
};

export type ParameterSeries = { points: ParameterPoint[]; undisclosed: number; notApplicable: number };

export function parameterSeries(entries: ChartEntry[]): ParameterSeries {
  const points: ParameterPoint[] = [];
  let undisclosed = 0;
  let notApplicable = 0;
  for (const entry of entries) {
    const { slug, name, releaseDate, parameterCount } = entry;
    if (parameterCount !== null) points.push({ slug, name, released: releaseDate, parameters: parameterCount, output: entry.modalities.output[0] });
    else if ("value" in entry.parameters && entry.parameters.value === "not-applicable") notApplicable += 1;
    else undisclosed += 1;
  }
  return { points, undisclosed, notApplicable };
}

/** A partial date as a position on a year axis; a bare year or month sits at its start. */
export function fractionalYear(date: string): number {
  const { year, month = 1, day = 1 } = parsePartialDate(date);
  return year + (month - 1) / 12 + (day - 1) / 365;
}

export type Tick = { value: number; label: string; position: number };

/** Every `step`-th year, with `step` chosen so that at most `max` labels fit. */
function yearTicks(first: number, last: number, max: number, position: (year: number) => number): Tick[] {
  const step = Math.max(1, Math.ceil((last - first + 1) / max));
  const ticks: Tick[] = [];
  for (let year = first; year <= last; year += step) ticks.push({ value: year, label: String(year), position: position(year) });
  return ticks;
}

export type BarSegment = { modality: string; count: number; y: number; height: number };
export type Bar = { year: number; x: number; width: number; segments: BarSegment[] };
export type StackedBarLayout = { bars: Bar[]; xTicks: Tick[]; yTicks: Tick[]; baseline: number };

export function stackedBarLayout(stacks: YearStack[], outputs: readonly string[], box: Box): StackedBarLayout {
  const x = scaleBand<number>()
    .domain(stacks.map((s) => s.year))
    .range([box.left, box.width - box.right])
    .padding(0.2);
  const highest = Math.max(1, ...stacks.map((s) => outputs.reduce((sum, m) => sum + (s.counts[m] ?? 0), 0)));
  const tickCount = Math.min(highest, 5);
  const y = scaleLinear().domain([0, highest]).nice(tickCount).range([box.height - box.bottom, box.top]);
  const series = stack<YearStack, string>()
    .keys(outputs)
    .value((s, modality) => s.counts[modality] ?? 0)(stacks);
  const bars = stacks.map((s, i) => ({
    year: s.year,
    x: x(s.year)!,
    width: x.bandwidth(),
    segments: series
      .map((layer) => ({ modality: layer.key, count: s.counts[layer.key] ?? 0, y: y(layer[i][1]), height: y(layer[i][0]) - y(layer[i][1]) }))
      .filter((segment) => segment.count > 0),
  }));
  const years = stacks.map((s) => s.year);
  const xTicks = stacks.length
    ? yearTicks(years[0], years[years.length - 1], 12, (year) => x(year)! + x.bandwidth() / 2)
    : [];
  const yTicks = y
    .ticks(tickCount)
    .filter(Number.isInteger)
    .map((value) => ({ value, label: String(value), position: y(value) }));
  return { bars, xTicks, yTicks, baseline: y(0) };
}

export type ScatterDot = ParameterPoint & { cx: number; cy: number };
export type ScatterLayout = { dots: ScatterDot[]; xTicks: Tick[]; yTicks: Tick[] };

/**
 * Release date against parameter count on a log scale, with a tick at every power of ten and at
 * most `maxYearTicks` year labels (fewer on a narrow chart, so they stay legible). The counts on the
 * axis are written as `locale` writes them: "100B", "1000亿".
 */
export function scatterLayout(points: ParameterPoint[], box: Box, maxYearTicks = 10, locale: Locale = "en"): ScatterLayout {
  if (points.length === 0) return { dots: [], xTicks: [], yTicks: [] };
  const positions = points.map((point) => fractionalYear(point.released));
  const first = Math.floor(Math.min(...positions));
  const last = Math.floor(Math.max(...positions)) + 1;
  const x = scaleLinear().domain([first, last]).range([box.left, box.width - box.right]);
  const counts = points.map((point) => point.parameters);
  const low = Math.floor(Math.log10(Math.min(...counts)));
  const high = Math.max(low + 1, Math.ceil(Math.log10(Math.max(...counts))));
  const y = scaleLog().domain([10 ** low, 10 ** high]).range([box.height - box.bottom, box.top]);
  const yTicks = Array.from({ length: high - low + 1 }, (_, i) => 10 ** (low + i)).map((value) => ({
    value,
    label: formatCount(value, locale),
    position: y(value),
  }));
  return {
    dots: points.map((point, i) => ({ ...point, cx: x(positions[i]), cy: y(point.parameters) })),
    xTicks: yearTicks(first, last, maxYearTicks, x),
    yTicks,
  };
}

export type Label = { slug: string; text: string; x: number; y: number; anchor: "start" | "end" };

// Chinese characters (and full-width punctuation) are about a full em wide: 1.6 times the average
// Latin character the estimates below assume.
const WIDE_CHARACTER = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;

/** A text's width from its characters, each Latin one `charWidth` wide and each Chinese one 1.6 times that. */
export function estimateTextWidth(text: string, charWidth: number): number {
  let width = 0;
  for (const character of text) width += WIDE_CHARACTER.test(character) ? charWidth * 1.6 : charWidth;
  return width;
}

/**
 * Names the largest points first and skips any name that would overlap one already placed or
 * leave the plot, so the chart never shows a pile of unreadable text. Widths are estimated from
 * the character count because the server cannot measure text.
 */
export function placeLabels(dots: ScatterDot[], box: Box, charWidth = 7.5, lineHeight = 14): Label[] {
  const placed: { left: number; right: number; top: number; bottom: number }[] = [];
  const labels: Label[] = [];
  const fits = (left: number, right: number, top: number, bottom: number) =>
    left >= box.left &&
    right <= box.width - box.right &&
    top >= box.top &&
    bottom <= box.height - box.bottom &&
    placed.every((r) => right < r.left || left > r.right || bottom < r.top || top > r.bottom) &&
    dots.every((d) => d.cx < left - 4 || d.cx > right + 4 || d.cy < top - 4 || d.cy > bottom + 4);
  for (const dot of [...dots].sort((a, b) => b.parameters - a.parameters)) {
    const width = estimateTextWidth(dot.name, charWidth);
    const top = dot.cy - lineHeight / 2;
    const bottom = dot.cy + lineHeight / 2;
    const sides = [
      { anchor: "start" as const, left: dot.cx + 8, right: dot.cx + 8 + width, x: dot.cx + 8 },
      { anchor: "end" as const, left: dot.cx - 8 - width, right: dot.cx - 8, x: dot.cx - 8 },
    ];
    const side = sides.find((s) => fits(s.left, s.right, top, bottom));
    if (!side) continue;
    placed.push({ left: side.left, right: side.right, top, bottom });
    labels.push({ slug: dot.slug, text: dot.name, x: side.x, y: dot.cy, anchor: side.anchor });
  }
  return labels;
}

export type ReleasesSummary = { first: number; last: number; busiest: YearStack } | null;

export function releasesSummary(stacks: YearStack[]): ReleasesSummary {
  if (stacks.length === 0) return null;
  const busiest = stacks.reduce((best, s) => (s.entries > best.entries ? s : best));
  return { first: stacks[0].year, last: stacks[stacks.length - 1].year, busiest };
}
