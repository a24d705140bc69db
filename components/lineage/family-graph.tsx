import { line, curveBasis } from "d3-shape";
import type { FamilyLayout, Point } from "@/lib/lineage/lineage-layout";
import { NODE_HEIGHT, nodeText } from "@/lib/lineage/lineage-layout";
import { LABELS } from "@/lib/i18n/labels";
import { fill } from "@/lib/i18n/format-message";
import { messagesFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { localizeHref } from "@/lib/i18n/locales";
import { entryHref } from "@/lib/routes";
import type { RelationType } from "@/lib/content/vocabulary";
import { markerPath, modalityStyle } from "@/components/timeline/modality-style";

// The drawn family. It repeats the nested list beside it, which is the version for keyboards and
// screen readers: so the drawing is hidden from assistive technology and its links are left out
// of the tab order, and nothing here depends on JavaScript.

const path = line<Point>((p) => p.x, (p) => p.y).curve(curveBasis);

/** Each relation has its own line style, so colour is never the only cue. */
export const EDGE_DASH: Partial<Record<RelationType, string>> = { "based-on": "6 3", "variant-of": "2 3", uses: "1 4" };

export function FamilyGraph({ layout, label, focus }: { layout: FamilyLayout; label: string; focus?: string }) {
  const locale = requestLocale();
  const t = messagesFor(locale).lineage;
  const relations = LABELS[locale].relation;
  // Named after the family's first entry, unique on a page whatever language the label is in.
  const markerId = `arrow-${layout.nodes[0]?.entry.slug ?? "family"}`;
  const names = new Map(layout.nodes.map((node) => [node.entry.slug, node.entry.name]));
  return (
    <div role="region" aria-label={fill(t.drawn, { label })} tabIndex={0} className="lineage-graph overflow-x-auto rounded border border-border">
      <svg width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} aria-hidden="true" focusable="false" className="block max-w-none">
        <defs>
          <marker id={markerId} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L8,4 L0,8 z" style={{ fill: "var(--fg-muted)" }} />
          </marker>
        </defs>
        {layout.edges.map((edge) => (
          <path
            key={`${edge.parent}>${edge.child}`}
            d={path(edge.points) ?? ""}
            markerEnd={`url(#${markerId})`}
            style={{ fill: "none", stroke: "var(--fg-muted)", strokeWidth: 1.2, strokeDasharray: EDGE_DASH[edge.type] }}
          >
            <title>{fill(t.edge, { child: names.get(edge.child) ?? edge.child, relation: relations[edge.type].outgoing.toLowerCase(), parent: names.get(edge.parent) ?? edge.parent })}</title>
          </path>
        ))}
        {layout.nodes.map(({ entry, x, y, width }) => {
          const output = entry.modalities.output[0] ?? "other";
          const left = x - width / 2;
          return (
            <a key={entry.slug} href={localizeHref(locale, entryHref(entry.slug))} tabIndex={-1} className="lineage-node">
              <rect
                x={left} y={y - NODE_HEIGHT / 2} width={width} height={NODE_HEIGHT} rx={5}
                style={{ fill: entry.slug === focus ? "var(--mark)" : "var(--bg)", stroke: modalityStyle(output).color, strokeWidth: entry.slug === focus ? 3 : 1.5 }}
              />
              <path d={markerPath(output, 60)} transform={`translate(${left + 13} ${y})`} style={{ fill: modalityStyle(output).color }} />
              <text x={left + 24} y={y + 4} style={{ fill: "var(--fg)", fontSize: 12 }}>{nodeText(entry, locale)}</text>
            </a>
          );
        })}
      </svg>
    </div>
  );
}

/** The key to the drawing: line styles per relation (shapes per modality are named in the lists). */
export function FamilyGraphLegend() {
  const legend = messagesFor(requestLocale()).lineage.legend;
  const types = ["successor-of", "based-on", "variant-of", "uses"] as const satisfies readonly RelationType[];
  return (
    <ul aria-hidden="true" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-fg-muted">
      {types.map((type) => (
        <li key={type} className="inline-flex items-center gap-1.5">
          <svg width="28" height="8" focusable="false">
            <line x1="0" x2="28" y1="4" y2="4" style={{ stroke: "var(--fg-muted)", strokeWidth: 1.5, strokeDasharray: EDGE_DASH[type] }} />
          </svg>
          {legend[type]}
        </li>
      ))}
    </ul>
  );
}
