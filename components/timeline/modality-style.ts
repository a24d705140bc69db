import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolCross, symbolWye, type SymbolType } from "d3-shape";

// One look per output modality, shared by the event markers and both charts: a colour variable
// (components/timeline/timeline.css), a marker shape and a fill pattern.

export type Pattern = "solid" | "diagonal" | "dots" | "horizontal" | "crosshatch" | "vertical";

type ModalityStyle = { color: string; shape: SymbolType; pattern: Pattern };

const STYLES: Record<string, ModalityStyle> = {
  text: { color: "var(--modality-text)", shape: symbolCircle, pattern: "solid" },
  image: { color: "var(--modality-image)", shape: symbolSquare, pattern: "diagonal" },
  audio: { color: "var(--modality-audio)", shape: symbolTriangle, pattern: "dots" },
  video: { color: "var(--modality-video)", shape: symbolDiamond, pattern: "horizontal" },
  embodied: { color: "var(--modality-embodied)", shape: symbolStar, pattern: "crosshatch" },
  // Recognition (classifiers and labelled datasets): what they output is a category, not content.
  label: { color: "var(--modality-label)", shape: symbolWye, pattern: "vertical" },
};

// A modality added to content later still renders, in a neutral look, until it gets its own.
const FALLBACK: ModalityStyle = { color: "var(--modality-other)", shape: symbolCross, pattern: "solid" };

export function modalityStyle(slug: string): ModalityStyle {
  return STYLES[slug] ?? FALLBACK;
}

/** SVG path data for the modality's marker, centred on 0,0, with the given area in square pixels. */
export function markerPath(slug: string, area: number): string {
  return symbol(modalityStyle(slug).shape, area)() ?? "";
}
