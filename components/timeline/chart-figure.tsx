import type { ReactNode } from "react";
import { fill } from "@/lib/i18n/format-message";
import { getMessages } from "@/lib/i18n/messages";

type ChartFigureProps = {
  title: string;
  caption: ReactNode;
  /** The chart, an <svg role="img"> with its own <title> and <desc>. */
  chart: ReactNode;
  /** The same chart drawn for a phone's width (its own <svg>), shown instead of `chart` below 640 px. */
  narrowChart: ReactNode;
  legend: ReactNode;
  /** The same numbers as a table: the text alternative for screen readers and for checking values. */
  table: ReactNode;
};

export function ChartFigure({ title, caption, chart, narrowChart, legend, table }: ChartFigureProps) {
  const t = getMessages().timeline.chart;
  return (
    <figure className="rounded-xl border border-border p-4 sm:p-6">
      <figcaption>
        <span className="block text-lg font-semibold">{title}</span>
        <span className="mt-1 block text-sm text-fg-muted">{caption}</span>
      </figcaption>
      {/* Between 640 px and the chart's minimum width the wide chart scrolls sideways; the group can take
          focus so keyboard users can scroll it too. Narrower screens get a chart drawn for them. The
          hidden one is display:none, so it is neither read out nor in the tab order. */}
      <div role="group" aria-label={fill(t.groupLabel, { title })} tabIndex={0} className="mt-4 hidden overflow-x-auto sm:block" data-chart-layout="wide">
        <div className="min-w-[36rem]">{chart}</div>
      </div>
      <div className="mt-4 sm:hidden" data-chart-layout="narrow">
        {narrowChart}
      </div>
      <div className="mt-3">{legend}</div>
      <details className="mt-4">
        <summary className="cursor-pointer text-sm font-medium">{t.showTable}</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </figure>
  );
}
