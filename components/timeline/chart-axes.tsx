import type { Box, Tick } from "@/lib/timeline/charts";

type ChartAxesProps = {
  box: Box;
  yTitle: string;
  xTicks: Tick[];
  yTicks: Tick[];
  /** Dashed vertical grid lines at the x ticks (the scatter plot has them; the bar chart's bars suffice). */
  xGrid?: boolean;
};

/** Grid lines, tick labels and the y-axis title shared by the timeline's charts. */
export function ChartAxes({ box, yTitle, xTicks, yTicks, xGrid = false }: ChartAxesProps) {
  return (
    <>
      <g style={{ stroke: "var(--border)" }}>
        {yTicks.map((tick) => (
          <line key={tick.value} x1={box.left} x2={box.width - box.right} y1={tick.position} y2={tick.position} />
        ))}
        {xGrid &&
          xTicks.map((tick) => (
            <line key={tick.value} x1={tick.position} x2={tick.position} y1={box.top} y2={box.height - box.bottom} strokeDasharray="2 4" />
          ))}
      </g>
      <g style={{ fill: "var(--fg-muted)" }}>
        <text x={0} y={box.top - 12} style={{ fill: "var(--fg)" }}>
          {yTitle}
        </text>
        {yTicks.map((tick) => (
          <text key={tick.value} x={box.left - 6} y={tick.position} dy="0.32em" textAnchor="end">
            {tick.label}
          </text>
        ))}
        {xTicks.map((tick) => (
          <text key={tick.value} x={tick.position} y={box.height - box.bottom + 18} textAnchor="middle">
            {tick.label}
          </text>
        ))}
      </g>
    </>
  );
}
