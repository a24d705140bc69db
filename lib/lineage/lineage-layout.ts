import dagre, { type GraphLabel } from "@dagrejs/dagre";
import type { Entry } from "@/lib/catalog";
import type { Family, LineageEdge } from "@/lib/lineage/lineage";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

// Positions for a family's graph, computed at build time by dagre (a maintained layered-graph
// layout that orders each layer to reduce crossings). Every line runs from the older entry down to
// the newer one, so time runs downward along each line of descent (the validator keeps successors
// after their predecessors); each node shows its year.

export type Point = { x: number; y: number };
export type LaidOutNode = { entry: Entry; x: number; y: number; width: number; height: number };
export type LaidOutEdge = LineageEdge & { points: Point[] };
export type FamilyLayout = { width: number; height: number; nodes: LaidOutNode[]; edges: LaidOutEdge[] };

export const NODE_HEIGHT = 28;
const CHAR_WIDTH = 7.2;

/** What a node says: the name and the year ("GPT-4 · 2023"). */
export function nodeText(entry: Pick<Entry, "name" | "year">, locale: Locale = "en"): string {
  return `${entry.name} · ${entry.year ?? messagesFor(locale).lineage.dateUnknown}`;
}

// Chinese characters (and full-width punctuation) take a full em; Latin letters about 0.6 of one.
const WIDE_CHARACTER = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;
const WIDE_CHAR_WIDTH = 12;

/** Enough width for the name at 12px plus the marker; names are short, so an estimate serves. */
export function nodeWidth(name: string): number {
  let width = 0;
  for (const character of name) width += WIDE_CHARACTER.test(character) ? WIDE_CHAR_WIDTH : CHAR_WIDTH;
  return Math.round(Math.max(64, width + 34));
}

const laidOut = new WeakMap<object, FamilyLayout>();

/** The layout of a family, computed once: /lineage, its filter pages and the family's own page share it. */
export function layoutFamily(family: Pick<Family, "members" | "edges">, locale: Locale = "en"): FamilyLayout {
  let layout = laidOut.get(family);
  if (!layout) laidOut.set(family, (layout = computeLayout(family, locale)));
  return layout;
}

function computeLayout(family: Pick<Family, "members" | "edges">, locale: Locale): FamilyLayout {
  const graph = new dagre.graphlib.Graph<GraphLabel, { width: number; height: number; x?: number; y?: number }, { minlen: number; weight: number; points?: Point[] }>({ multigraph: false });
  graph.setGraph({ rankdir: "TB", nodesep: 14, ranksep: 28, marginx: 8, marginy: 8 });

  for (const entry of family.members) graph.setNode(entry.slug, { width: nodeWidth(nodeText(entry, locale)), height: NODE_HEIGHT });
  for (const edge of family.edges) graph.setEdge(edge.parent, edge.child, { minlen: 1, weight: 2 });

  dagre.layout(graph);

  const nodes = family.members.map((entry) => {
    const { x = 0, y = 0, width, height } = graph.node(entry.slug);
    return { entry, x, y, width, height };
  });
  const edges = family.edges.map((edge) => ({
    ...edge,
    points: (graph.edge(edge.parent, edge.child).points ?? []).map(({ x, y }) => ({ x, y })),
  }));
  const { width = 0, height = 0 } = graph.graph();
  return { width: Math.ceil(width), height: Math.ceil(height), nodes, edges };
}
