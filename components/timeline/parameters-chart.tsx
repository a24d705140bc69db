import Link from "next/link";
import type { DatedEntry, Modality } from "@/lib/catalog";
import { formatCount } from "@/lib/format";
import { parameterSeries, placeLabels, scatterLayout, type Box } from "@/lib/charts";
import { formatPartialDate } from "@/lib/dates";
import { ChartFigure } from "./chart-figure";
import { ChartLegend } from "./chart-legend";
import { markerPath, modalityStyle } from "./modality-style";
import { ChartAxes } from "./chart-axes";
import { entryHref } from "@/lib/routes";

const BOX: Box = { width: 720, height: 340, top: 24, right: 16, bottom: 32, left: 48 };
const ID = "parameters-chart";

type ParametersChartProps = { entries: DatedEntry[]; modalities: Modality[] };

/** Published parameter counts against release date, on a log scale; one marker shape per first output. */
export function ParametersChart({ entries, modalities }: ParametersChartProps) {
  const series = parameterSeries(entries);
  const layout = scatterLayout(series.points, BOX);
  const labels = placeLabels(layout.dots, BOX);
  const outputs = modalities.filter((modality) => series.points.some((point) => point.output === modality.slug));
  const left = series.undisclosed + series.notApplicable;
  const sizes = series.points.map((point) => point.parameters);
  const title = "Published parameter counts over time";

  const chart = (
    <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} width="100%" role="img" aria-labelledby={`${ID}-title`} aria-describedby={`${ID}-desc`} className="block text-xs">
      <title id={`${ID}-title`}>{title}</title>
      <desc id={`${ID}-desc`}>
        {series.points.length
          ? `${series.points.length} entries plotted by release date against parameter count on a logarithmic scale, from ${formatCount(Math.min(...sizes))} to ${formatCount(Math.max(...sizes))}. The table below lists every value.`
          : "No entry has a published parameter count yet."}
      </desc>
      <ChartAxes box={BOX} yTitle="Parameters" xTicks={layout.xTicks} yTicks={layout.yTicks} xGrid />
      {layout.dots.map((dot) => (
        <path
          key={dot.slug}
          transform={`translate(${dot.cx},${dot.cy})`}
          d={markerPath(dot.output, 70)}
          style={{ fill: modalityStyle(dot.output).color, stroke: "var(--bg)", strokeWidth: 1 }}
        >
          <title>{`${dot.name}, ${formatPartialDate(dot.released)}: ${formatCount(dot.parameters)} parameters`}</title>
        </path>
      ))}
      <g style={{ fill: "var(--fg)" }}>
        {labels.map((label) => (
          <text key={label.slug} x={label.x} y={label.y} dy="0.32em" textAnchor={label.anchor}>
            {label.text}
          </text>
        ))}
      </g>
    </svg>
  );

  const table = (
    <table className="text-sm">
      <caption className="sr-only">{title}</caption>
      <thead>
        <tr>
          <th scope="col" className="px-2 py-1 text-left">Entry</th>
          <th scope="col" className="px-2 py-1 text-left">Released</th>
          <th scope="col" className="px-2 py-1 text-right">Parameters</th>
        </tr>
      </thead>
      <tbody>
        {series.points.map((point) => (
          <tr key={point.slug} className="border-t border-border">
            <th scope="row" className="px-2 py-1 text-left font-medium">
              <Link href={entryHref(point.slug)}>{point.name}</Link>
            </th>
            <td className="px-2 py-1">
              <time dateTime={point.released}>{formatPartialDate(point.released)}</time>
            </td>
            <td className="px-2 py-1 text-right tabular-nums">{formatCount(point.parameters)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartFigure
      title={title}
      caption={
        <>
          Each marker is an entry whose publisher stated its parameter count (the largest published variant), placed
          by release date; the vertical scale is logarithmic, each line ten times the one below. The marker&apos;s shape
          shows the entry&apos;s first output modality. {left} of {entries.length} entries are left out:{" "}
          {series.undisclosed} with an undisclosed count and {series.notApplicable} for which a count does not apply
          (products, techniques and datasets).
        </>
      }
      chart={chart}
      legend={<ChartLegend items={outputs} swatch={{ kind: "marker" }} />}
      table={table}
    />
  );
}
