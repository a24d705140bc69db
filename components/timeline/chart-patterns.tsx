import { modalityStyle, type Pattern } from "./modality-style";

const OVERLAY: Record<Pattern, React.ReactNode> = {
  solid: null,
  diagonal: <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" strokeWidth="1.5" />,
  dots: <circle cx="4" cy="4" r="1.6" />,
  horizontal: <path d="M0,4 H8" strokeWidth="2" />,
  crosshatch: <path d="M0,0 L8,8 M8,0 L0,8" strokeWidth="1.2" />,
  vertical: <path d="M4,0 V8" strokeWidth="2" />,
};

export function patternId(prefix: string, slug: string): string {
  return `${prefix}-pattern-${slug}`;
}

type ChartPatternsProps = { prefix: string; slugs: readonly string[] };

/** One fill pattern per modality: its colour, overlaid in the page background so the texture shows in both themes. */
export function ChartPatterns({ prefix, slugs }: ChartPatternsProps) {
  return (
    <defs>
      {slugs.map((slug) => {
        const style = modalityStyle(slug);
        return (
          <pattern key={slug} id={patternId(prefix, slug)} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" style={{ fill: style.color }} />
            <g style={{ fill: "var(--bg)", stroke: "var(--bg)" }}>{OVERLAY[style.pattern]}</g>
          </pattern>
        );
      })}
    </defs>
  );
}
