import type { ReactNode } from "react";

type ChartFigureProps = {
  title: string;
  caption: ReactNode;
  /** The chart, an <svg role="img"> with its own <title> and <desc>. */
  chart: ReactNode;
  legend: ReactNode;
  /** The same numbers as a table: the text alternative for screen readers and for checking values. */
  table: ReactNode;
};

export function ChartFigure({ title, caption, chart, legend, table }: ChartFigureProps) {
  return (
    <figure className="rounded-xl border border-border p-4 sm:p-6">
      <figcaption>
        <span className="block text-lg font-semibold">{title}</span>
        <span className="mt-1 block text-sm text-fg-muted">{caption}</span>
      </figcaption>
      {/* On a phone the chart keeps a legible size and scrolls sideways; the group can take focus so
          keyboard users can scroll it too. */}
      <div role="group" aria-label={`${title}, chart`} tabIndex={0} className="mt-4 overflow-x-auto">
        <div className="min-w-[36rem]">{chart}</div>
      </div>
      <div className="mt-3">{legend}</div>
      <details className="mt-4">
        <summary className="cursor-pointer text-sm font-medium">Show the data as a table</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </figure>
  );
}
