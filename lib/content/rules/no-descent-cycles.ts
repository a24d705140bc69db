import type { ContentProblem } from "@/lib/content/content-errors";
import { isDescentRelation } from "@/lib/lineage/descent";
import type { ContentRule } from "./types";

type Edge = { to: string; type: string; index: number };

/**
 * Descent (successor-of, based-on, variant-of) runs from older to newer: an entry cannot descend,
 * however indirectly, from itself. Each cycle is reported once, on its first member, naming every
 * relation in it so the editor can see which one is backwards.
 */
export const noDescentCycles: ContentRule = ({ content }) => {
  const files = new Map(content.models.map((model) => [model.slug, model.file]));
  const edges = new Map<string, Edge[]>();
  for (const { slug, data } of content.models) {
    const out: Edge[] = [];
    data.related.forEach((relation, index) => {
      // Self-references and unknown targets are other rules' problems (relatedEntries).
      if (isDescentRelation(relation.type) && relation.slug !== slug && files.has(relation.slug)) {
        out.push({ to: relation.slug, type: relation.type, index });
      }
    });
    edges.set(slug, out);
  }

  const problems: ContentProblem[] = [];
  for (const component of stronglyConnected(edges)) {
    if (component.length < 2) continue;
    const members = new Set(component);
    const start = [...component].sort()[0];
    const cycle = shortestCycle(start, edges, members);
    const steps = cycle.map(({ from, edge }) => `${from} ${edge.type} ${edge.to}`).join(", ");
    const others = component.length > cycle.length ? ` (entries in the loop: ${[...component].sort().join(", ")})` : "";
    problems.push({
      file: files.get(start) ?? start,
      field: `related[${cycle[0].edge.index}]`,
      message: `makes a cycle of descent: ${steps}${others}. An entry cannot descend from itself; remove or reverse one of these relations.`,
    });
  }
  return problems;
};

/** Tarjan's algorithm, iterative so that a long chain of successors cannot overflow the stack. */
function stronglyConnected(edges: Map<string, Edge[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const out = edges.get(frame.node) ?? [];
      if (frame.next < out.length) {
        const to = out[frame.next++].to;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component);
      }
    }
  }
  return components;
}

/** The shortest path from `start` back to itself inside one strongly connected component. */
function shortestCycle(start: string, edges: Map<string, Edge[]>, members: Set<string>): { from: string; edge: Edge }[] {
  const cameFrom = new Map<string, { from: string; edge: Edge }>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    for (const edge of edges.get(node) ?? []) {
      if (!members.has(edge.to)) continue;
      if (edge.to === start) {
        const path = [{ from: node, edge }];
        let at = node;
        while (at !== start) {
          const step = cameFrom.get(at)!;
          path.unshift(step);
          at = step.from;
        }
        return path;
      }
      if (!cameFrom.has(edge.to)) {
        cameFrom.set(edge.to, { from: node, edge });
        queue.push(edge.to);
      }
    }
  }
  return [];
}
