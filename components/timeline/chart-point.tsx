import type { Box, ScatterDot } from "@/lib/timeline/charts";
import { formatCount } from "@/lib/format";
import { formatPartialDate } from "@/lib/dates";
import { entryHref } from "@/lib/routes";
import { fill } from "@/lib/i18n/format-message";
import { localizeHref, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { markerPath, modalityStyle } from "./modality-style";

type PointValues = Pick<ScatterDot, "name" | "released" | "parameters">;

const pointValues = (dot: PointValues, locale: Locale) => ({
  name: dot.name,
  date: formatPartialDate(dot.released, locale),
  count: formatCount(dot.parameters, locale),
});

/** "GPT-3, 28 May 2020: 175B parameters" ("GPT-3，2020年5月28日：1750亿参数"): the point's accessible name. */
export function pointName(dot: PointValues, locale: Locale = "en"): string {
  return fill(messagesFor(locale).timeline.parameters.point, pointValues(dot, locale));
}

/** "GPT-3, 28 May 2020: 175B": the label a point shows on focus and hover. */
export function pointLabel(dot: PointValues, locale: Locale = "en"): string {
  return fill(messagesFor(locale).timeline.parameters.pointLabel, pointValues(dot, locale));
}

/** The id of a chart's marker for one modality, drawn once in its <defs> (ChartMarkers) and reused. */
export function markerId(chartId: string, modality: string): string {
  return `${chartId}-marker-${modality}`;
}

// A tenth of a unit is finer than a pixel; shorter numbers keep the page (and its RSC copy) smaller.
const round = (value: number) => Math.round(value * 10) / 10;

type ChartPointProps = { dot: ScatterDot; box: Box; chartId: string; area: number };

/**
 * A marker that is a link to its entry, so every point can be reached with Tab and names itself
 * there: a label with the name and value appears on focus and on hover (timeline.css), and screen
 * readers hear the same words. The label sits above the point, or below it near the top edge, and
 * leans away from the sides so it stays inside the chart.
 */
export function ChartPoint({ dot, box, chartId, area }: ChartPointProps) {
  const locale = requestLocale();
  const cx = round(dot.cx);
  const cy = round(dot.cy);
  const plotWidth = box.width - box.left - box.right;
  const anchor = dot.cx < box.left + plotWidth / 3 ? "start" : dot.cx > box.width - box.right - plotWidth / 3 ? "end" : "middle";
  const x = anchor === "start" ? cx - 6 : anchor === "end" ? cx + 6 : cx;
  const y = round(cy - 14 < box.top + 4 ? cy + 22 : cy - 14);
  return (
    <a href={localizeHref(locale, entryHref(dot.slug))} aria-label={pointName(dot, locale)} className="chart-point">
      <circle className="chart-point-ring" cx={cx} cy={cy} r={round(Math.sqrt(area) / 1.4 + 4)} />
      <use href={`#${markerId(chartId, dot.output)}`} x={cx} y={cy} />
      <text className="chart-point-label" x={x} y={y} textAnchor={anchor} aria-hidden="true">
        {pointLabel(dot, locale)}
      </text>
    </a>
  );
}

/** One marker per modality, each with its colour; the points place them with <use>. */
export function ChartMarkers({ chartId, modalities, area }: { chartId: string; modalities: string[]; area: number }) {
  return (
    <defs>
      {modalities.map((modality) => (
        <path key={modality} id={markerId(chartId, modality)} d={markerPath(modality, area)} style={{ fill: modalityStyle(modality).color }} />
      ))}
    </defs>
  );
}
