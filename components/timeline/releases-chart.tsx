import type { DatedEntry, Modality } from "@/lib/catalog";
import { multiOutputCount, releasesPerYear, releasesSummary, stackedBarLayout, type Box } from "@/lib/timeline/charts";
import { ChartFigure } from "./chart-figure";
import { ChartLegend } from "./chart-legend";
import { ChartPatterns, patternId } from "./chart-patterns";
import { ChartAxes } from "./chart-axes";
import { ReleasesRowsSvg } from "./releases-rows-svg";

const BOX: Box = { width: 720, height: 320, top: 24, right: 12, bottom: 32, left: 40 };
const ID = "releases-chart";

type ReleasesChartProps = { entries: DatedEntry[]; modalities: Modality[] };

/** Entries per year, one stacked bar per year, one layer per output modality. */
export function ReleasesChart({ entries, modalities }: ReleasesChartProps) {
  const outputs = modalities.filter((modality) => modality.type === "medium");
  const slugs = outputs.map((modality) => modality.slug);
  const stacks = releasesPerYear(entries, slugs);
  const layout = stackedBarLayout(stacks, slugs, BOX);
  const summary = releasesSummary(stacks);
  const multi = multiOutputCount(entries);
  const name = (slug: string) => outputs.find((modality) => modality.slug === slug)?.name ?? slug;
  const title = "Entries in this catalog per year, by output modality";
  const desc = summary
    ? `Stacked bars for each year from ${summary.first} to ${summary.last}. The year with the most entries is ${summary.busiest.year}, with ${summary.busiest.entries}. The table below lists every value.`
    : "No entries yet.";

  const chart = (
    <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} width="100%" role="img" aria-labelledby={`${ID}-title`} aria-describedby={`${ID}-desc`} className="block text-xs">
      <title id={`${ID}-title`}>{title}</title>
      <desc id={`${ID}-desc`}>{desc}</desc>
      <ChartPatterns prefix={ID} slugs={slugs} />
      <ChartAxes box={BOX} yTitle="Entries" xTicks={layout.xTicks} yTicks={layout.yTicks} />
      {layout.bars.map((bar) => (
        <g key={bar.year}>
          {bar.segments.map((segment) => (
            <rect
              key={segment.modality}
              x={bar.x}
              y={segment.y}
              width={bar.width}
              height={segment.height}
              style={{ fill: `url(#${patternId(ID, segment.modality)})`, stroke: "var(--bg)", strokeWidth: 1 }}
            >
              <title>{`${bar.year}: ${segment.count} ${name(segment.modality).toLowerCase()}`}</title>
            </rect>
          ))}
        </g>
      ))}
      <line x1={BOX.left} x2={BOX.width - BOX.right} y1={layout.baseline} y2={layout.baseline} style={{ stroke: "var(--fg-muted)" }} />
    </svg>
  );

  const table = (
    <table className="text-sm">
      <caption className="sr-only">{title}</caption>
      <thead>
        <tr>
          <th scope="col" className="px-2 py-1 text-left">Year</th>
          {outputs.map((modality) => (
            <th key={modality.slug} scope="col" className="px-2 py-1 text-right">{modality.name}</th>
          ))}
          <th scope="col" className="px-2 py-1 text-right">Entries</th>
        </tr>
      </thead>
      <tbody>
        {stacks.map((stack) => (
          <tr key={stack.year} className="border-t border-border">
            <th scope="row" className="px-2 py-1 text-left font-medium">{stack.year}</th>
            {slugs.map((slug) => (
              <td key={slug} className="px-2 py-1 text-right tabular-nums">{stack.counts[slug]}</td>
            ))}
            <td className="px-2 py-1 text-right tabular-nums">{stack.entries}</td>
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
          Each bar counts the entries in this catalog released that year, stacked by what they produce: the
          catalog&apos;s coverage, not the output of the whole field, and recent years are still being filled in.
          Classifiers and recognition datasets, such as AlexNet and ImageNet, output a label rather than text and
          have a layer of their own. {multi}{" "}
          {multi === 1 ? "entry produces" : "entries produce"} more than one modality and {multi === 1 ? "is" : "are"} counted
          once under each, so a bar can be taller than the number of entries that year; the table gives both.
        </>
      }
      chart={chart}
      narrowChart={<ReleasesRowsSvg stacks={stacks} outputs={outputs} title={title} summary={desc} />}
      legend={<ChartLegend items={outputs} swatch={{ kind: "pattern", prefix: ID }} />}
      table={table}
    />
  );
}
