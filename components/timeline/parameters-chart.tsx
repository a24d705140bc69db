import Link from "@/components/intent-link";
import type { DatedEntry, Modality } from "@/lib/catalog";
import { formatCount } from "@/lib/format";
import { parameterSeries, placeLabels, scatterLayout, type Box, type ParameterPoint } from "@/lib/timeline/charts";
import { formatPartialDate } from "@/lib/dates";
import { ChartFigure } from "./chart-figure";
import { ChartLegend } from "./chart-legend";
import { ChartMarkers, ChartPoint } from "./chart-point";
import { ChartAxes } from "./chart-axes";
import { entryHref } from "@/lib/routes";
import { fill } from "@/lib/i18n/format-message";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";

// The wide chart for screens from 640 px; the narrow one is drawn at about a phone's width, so its
// user units are close to CSS pixels and 14-unit text stays at or above 12 px on a 360 px screen.
const WIDE = { box: { width: 720, height: 340, top: 24, right: 16, bottom: 32, left: 48 }, id: "parameters-chart", yearTicks: 10, fontSize: 12, area: 70 };
const NARROW = { box: { width: 340, height: 400, top: 28, right: 12, bottom: 36, left: 48 }, id: "parameters-chart-narrow", yearTicks: 4, fontSize: 14, area: 90 };
type Layout = { box: Box; id: string; yearTicks: number; fontSize: number; area: number };

type ParametersChartProps = { entries: DatedEntry[]; modalities: Modality[] };

type ParametersSvgProps = { points: ParameterPoint[]; title: string; layout: Layout; locale: Locale };

function ParametersSvg({ points, title, layout: { box, id, yearTicks, fontSize, area }, locale }: ParametersSvgProps) {
  const t = messagesFor(locale).timeline.parameters;
  const layout = scatterLayout(points, box, yearTicks, locale);
  const labels = placeLabels(layout.dots, box, fontSize * 0.62, fontSize + 3);
  const sizes = points.map((point) => point.parameters);
  // A group, not an image: its points are links, which an image's presentational children could not be.
  return (
    <svg viewBox={`0 0 ${box.width} ${box.height}`} width="100%" role="group" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} className="block" style={{ fontSize }}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>
        {points.length
          ? fill(t.desc, { count: points.length, min: formatCount(Math.min(...sizes), locale), max: formatCount(Math.max(...sizes), locale) })
          : t.empty}
      </desc>
      <ChartMarkers chartId={id} modalities={[...new Set(points.map((point) => point.output))]} area={area} />
      <ChartAxes box={box} yTitle={t.yTitle} xTicks={layout.xTicks} yTicks={layout.yTicks} xGrid />
      <g style={{ fill: "var(--fg)" }} aria-hidden="true">
        {labels.map((label) => (
          <text key={label.slug} x={Math.round(label.x)} y={Math.round(label.y)} dy="0.32em" textAnchor={label.anchor}>
            {label.text}
          </text>
        ))}
      </g>
      {layout.dots.map((dot) => (
        <ChartPoint key={dot.slug} dot={dot} box={box} chartId={id} area={area} />
      ))}
    </svg>
  );
}

/** Published parameter counts against release date, on a log scale; one marker shape per first output. */
export function ParametersChart({ entries, modalities }: ParametersChartProps) {
  const locale = requestLocale();
  const t = messagesFor(locale).timeline.parameters;
  const series = parameterSeries(entries);
  const outputs = modalities.filter((modality) => series.points.some((point) => point.output === modality.slug));
  const left = series.undisclosed + series.notApplicable;
  const title = t.title;

  const table = (
    <table className="text-sm">
      <caption className="sr-only">{title}</caption>
      <thead>
        <tr>
          <th scope="col" className="px-2 py-1 text-left">{t.entry}</th>
          <th scope="col" className="px-2 py-1 text-left">{t.released}</th>
          <th scope="col" className="px-2 py-1 text-right">{t.parameters}</th>
        </tr>
      </thead>
      <tbody>
        {series.points.map((point) => (
          <tr key={point.slug} className="border-t border-border">
            <th scope="row" className="px-2 py-1 text-left font-medium">
              <Link href={entryHref(point.slug)}>{point.name}</Link>
            </th>
            <td className="px-2 py-1">
              <time dateTime={point.released}>{formatPartialDate(point.released, locale)}</time>
            </td>
            <td className="px-2 py-1 text-right tabular-nums">{formatCount(point.parameters, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartFigure
      title={title}
      caption={fill(t.caption, { left, total: entries.length, undisclosed: series.undisclosed, notApplicable: series.notApplicable })}
      chart={<ParametersSvg points={series.points} title={title} layout={WIDE} locale={locale} />}
      narrowChart={<ParametersSvg points={series.points} title={title} layout={NARROW} locale={locale} />}
      legend={<ChartLegend items={outputs} swatch={{ kind: "marker" }} />}
      table={table}
    />
  );
}
