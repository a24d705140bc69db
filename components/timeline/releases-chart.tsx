import type { DatedEntry, Modality } from "@/lib/catalog";
import { multiOutputCount, releasesPerYear, releasesSummary, stackedBarLayout, type Box } from "@/lib/timeline/charts";
import { ChartFigure } from "./chart-figure";
import { ChartLegend } from "./chart-legend";
import { ChartPatterns, patternId } from "./chart-patterns";
import { ChartAxes } from "./chart-axes";
import { ReleasesRowsSvg } from "./releases-rows-svg";
import { fill, plural } from "@/lib/i18n/format-message";
import { messagesFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";

const BOX: Box = { width: 720, height: 320, top: 24, right: 12, bottom: 32, left: 40 };
const ID = "releases-chart";

type ReleasesChartProps = { entries: DatedEntry[]; modalities: Modality[] };

/** Entries per year, one stacked bar per year, one layer per output modality. */
export function ReleasesChart({ entries, modalities }: ReleasesChartProps) {
  const locale = requestLocale();
  const t = messagesFor(locale).timeline.releases;
  const outputs = modalities.filter((modality) => modality.type === "medium");
  const slugs = outputs.map((modality) => modality.slug);
  const stacks = releasesPerYear(entries, slugs);
  const layout = stackedBarLayout(stacks, slugs, BOX);
  const summary = releasesSummary(stacks);
  const multi = multiOutputCount(entries);
  const name = (slug: string) => outputs.find((modality) => modality.slug === slug)?.name ?? slug;
  const title = t.title;
  const desc = summary
    ? fill(t.desc, { first: summary.first, last: summary.last, year: summary.busiest.year, count: summary.busiest.entries })
    : t.empty;

  const chart = (
    <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} width="100%" role="img" aria-labelledby={`${ID}-title`} aria-describedby={`${ID}-desc`} className="block text-xs">
      <title id={`${ID}-title`}>{title}</title>
      <desc id={`${ID}-desc`}>{desc}</desc>
      <ChartPatterns prefix={ID} slugs={slugs} />
      <ChartAxes box={BOX} yTitle={t.yTitle} xTicks={layout.xTicks} yTicks={layout.yTicks} />
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
              <title>{fill(t.segment, { year: bar.year, count: segment.count, modality: name(segment.modality).toLowerCase() })}</title>
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
          <th scope="col" className="px-2 py-1 text-left">{t.year}</th>
          {outputs.map((modality) => (
            <th key={modality.slug} scope="col" className="px-2 py-1 text-right">{modality.name}</th>
          ))}
          <th scope="col" className="px-2 py-1 text-right">{t.entries}</th>
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
      caption={fill(t.caption, { multi: plural(locale, t.multi, multi) })}
      chart={chart}
      narrowChart={<ReleasesRowsSvg stacks={stacks} outputs={outputs} title={title} summary={desc} />}
      legend={<ChartLegend items={outputs} swatch={{ kind: "pattern", prefix: ID }} />}
      table={table}
    />
  );
}
