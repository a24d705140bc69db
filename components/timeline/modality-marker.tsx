import { markerPath, modalityStyle } from "./modality-style";

type ModalityMarkerProps = { slug: string; name: string };

/** A shape and a word: "▲ Audio". The shape and colour repeat the word, never replace it. */
export function ModalityMarker({ slug, name }: ModalityMarkerProps) {
  return (
    <span className="inline-flex items-center gap-1 rounded-full border border-border bg-bg px-2 py-0.5 text-xs font-medium">
      <svg width="12" height="12" viewBox="-6 -6 12 12" aria-hidden="true" focusable="false">
        <path d={markerPath(slug, 50)} style={{ fill: modalityStyle(slug).color }} />
      </svg>
      {name}
    </span>
  );
}
