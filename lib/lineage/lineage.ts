import { byReleaseDate, type Catalog, type Entry } from "@/lib/catalog";
import { DESCENT_RELATION_TYPES } from "@/lib/lineage/descent";
import type { RelationType } from "@/lib/content/vocabulary";
import { fill } from "@/lib/i18n/format-message";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

// The families of descent behind /lineage and the entry pages' "Family" section: which entries
// descend from which, grouped into connected families. Layout (positions) is lib/lineage-layout.

/** Which relations draw the graph. "descent" is the default; "uses" joins techniques to what uses them. */
export const LINEAGE_RELATION_FILTERS = ["descent", "successor-of", "based-on", "variant-of", "uses", "all"] as const;
export type LineageRelationFilter = (typeof LINEAGE_RELATION_FILTERS)[number];

export function relationTypesFor(filter: LineageRelationFilter): readonly RelationType[] {
  if (filter === "descent") return DESCENT_RELATION_TYPES;
  if (filter === "all") return [...DESCENT_RELATION_TYPES, "uses"];
  return [filter];
}

export function isLineageRelationFilter(value: string): value is LineageRelationFilter {
  return LINEAGE_RELATION_FILTERS.some((filter) => filter === value);
}

/** One line of the graph, drawn from the older entry (parent) to the newer one (child). */
export type LineageEdge = { parent: string; child: string; type: RelationType };

export type Family = {
  /** The slug of the family's earliest entry: names the family and its page, /lineage/family/<id>. */
  id: string;
  /** Oldest first; entries with unknown dates last. */
  members: Entry[];
  edges: LineageEdge[];
};

export function lineageEdges(entries: readonly Entry[], types: readonly RelationType[]): LineageEdge[] {
  const slugs = new Set(entries.map((entry) => entry.slug));
  const wanted = new Set<string>(types);
  const seen = new Set<string>();
  const edges: LineageEdge[] = [];
  for (const entry of entries) {
    for (const { type, slug } of entry.related) {
      const key = `${slug}>${entry.slug}`;
      // Two relations between the same pair (based-on and uses) draw one line, the first listed.
      if (!wanted.has(type) || !slugs.has(slug) || slug === entry.slug || seen.has(key)) continue;
      seen.add(key);
      edges.push({ parent: slug, child: entry.slug, type });
    }
  }
  return edges;
}

/** Connected groups of two or more entries, largest first, then by their earliest member. */
export function lineageFamilies(catalog: Pick<Catalog, "entries">, types: readonly RelationType[] = DESCENT_RELATION_TYPES): Family[] {
  const edges = lineageEdges(catalog.entries, types);
  const parent = new Map<string, string>();
  const find = (slug: string): string => {
    let root = slug;
    while (parent.has(root)) root = parent.get(root) ?? root;
    // Path compression keeps this near-linear at 10,000 entries.
    for (let at = slug; at !== root; ) {
      const next = parent.get(at) ?? root;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  for (const edge of edges) {
    const a = find(edge.parent);
    const b = find(edge.child);
    if (a !== b) parent.set(a, b);
  }
  const groups = new Map<string, { members: Entry[]; edges: LineageEdge[] }>();
  const linked = new Set(edges.flatMap((edge) => [edge.parent, edge.child]));
  for (const entry of catalog.entries) {
    if (!linked.has(entry.slug)) continue;
    const root = find(entry.slug);
    const group = groups.get(root) ?? { members: [], edges: [] };
    group.members.push(entry);
    groups.set(root, group);
  }
  for (const edge of edges) groups.get(find(edge.child))?.edges.push(edge);
  return [...groups.values()]
    .map(({ members, edges }) => {
      const sorted = [...members].sort(byReleaseDate);
      return { id: sorted[0].slug, members: sorted, edges };
    })
    .sort((a, b) => b.members.length - a.members.length || byReleaseDate(a.members[0], b.members[0]));
}

/** The families that include at least one entry on the modality's page (whole families, so chains stay unbroken). */
export function familiesWithModality(families: readonly Family[], modality: string | null): Family[] {
  if (modality === null) return [...families];
  return families.filter((family) => family.members.some((entry) => entry.modalitySlugs.includes(modality)));
}

const familyIndexes = new WeakMap<readonly Family[], Map<string, Family>>();

/** The family an entry belongs to; indexed once per list, since every entry page asks. */
export function familyOf(slug: string, families: readonly Family[]): Family | undefined {
  let index = familyIndexes.get(families);
  if (!index) {
    index = new Map(families.flatMap((family) => family.members.map((entry) => [entry.slug, family] as const)));
    familyIndexes.set(families, index);
  }
  return index.get(slug);
}

/** One line of descent in the text alternative: entries that follow each other one by one. */
export type LineageChain = { links: LineageLink[] };
export type LineageLink = {
  entry: Entry;
  /** The entry it descends from, shown above it (null for the first of a family). */
  from: { entry: Entry; type: RelationType } | null;
  /** Its other parents, named in words instead of repeating the entry under each. */
  alsoFrom: { entry: Entry; type: RelationType }[];
  /** Where the line branches: two or more children each start a chain of their own. */
  branches: LineageChain[];
};

/**
 * The family as nested lists for screen readers and phones. Each entry appears once, under its
 * earliest parent; a run of single successors stays in one list (GPT, GPT-2, GPT-3, …) so the
 * nesting deepens only where the family branches.
 */
export function familyChains(family: Family): LineageChain[] {
  const bySlug = new Map(family.members.map((entry) => [entry.slug, entry]));
  const order = new Map(family.members.map((entry, i) => [entry.slug, i]));
  const parentsOf = new Map<string, LineageEdge[]>();
  for (const edge of family.edges) parentsOf.set(edge.child, [...(parentsOf.get(edge.child) ?? []), edge]);
  for (const list of parentsOf.values()) list.sort((a, b) => (order.get(a.parent) ?? 0) - (order.get(b.parent) ?? 0));
  const childrenOf = new Map<string, LineageEdge[]>();
  for (const [, [primary]] of parentsOf) childrenOf.set(primary.parent, [...(childrenOf.get(primary.parent) ?? []), primary]);
  for (const list of childrenOf.values()) list.sort((a, b) => (order.get(a.child) ?? 0) - (order.get(b.child) ?? 0));

  const placed = new Set<string>();
  const link = (slug: string, from: LineageLink["from"]): LineageLink | undefined => {
    const entry = bySlug.get(slug);
    if (!entry || placed.has(slug)) return undefined;
    placed.add(slug);
    const [, ...others] = parentsOf.get(slug) ?? [];
    return { entry, from, alsoFrom: others.flatMap((edge) => { const from = bySlug.get(edge.parent); return from ? [{ entry: from, type: edge.type }] : []; }), branches: [] };
  };
  const chainFrom = (slug: string, from: LineageLink["from"]): LineageChain | undefined => {
    const first = link(slug, from);
    if (!first) return undefined;
    const chain: LineageChain = { links: [first] };
    // Iterative along the chain, so a long line of successors does not deepen the recursion.
    for (let current = first; ; ) {
      const children = childrenOf.get(current.entry.slug) ?? [];
      if (children.length === 1) {
        const next = link(children[0].child, { entry: current.entry, type: children[0].type });
        if (!next) break;
        chain.links.push(next);
        current = next;
        continue;
      }
      const parent = current.entry;
      current.branches = children.flatMap((edge) => chainFrom(edge.child, { entry: parent, type: edge.type }) ?? []);
      break;
    }
    return chain;
  };
  const roots = family.members.filter((entry) => !parentsOf.has(entry.slug));
  const chains = roots.flatMap((entry) => chainFrom(entry.slug, null) ?? []);
  // A family whose every member has a parent (only possible with a loop) still lists everyone.
  for (const entry of family.members) if (!placed.has(entry.slug)) chains.push(chainFrom(entry.slug, null) ?? { links: [] });
  return chains;
}

export type Relative = { entry: Entry; depth: number; type: RelationType; via: Entry };

/**
 * Ancestors (what the entry descends from) or descendants, breadth first, up to `maxDepth`
 * generations, each listed once at its nearest generation.
 */
type Steps = Map<string, { slug: string; type: RelationType }[]>;
type FamilyIndex = { bySlug: Map<string, Entry>; ancestors: Steps; descendants: Steps };
const familyIndex = new WeakMap<Family, FamilyIndex>();

/** Lookups built once per family: a family of thousands is asked once per member's page. */
function indexOf(family: Family): FamilyIndex {
  let index = familyIndex.get(family);
  if (!index) {
    index = { bySlug: new Map(family.members.map((member) => [member.slug, member])), ancestors: new Map(), descendants: new Map() };
    for (const edge of family.edges) {
      index.ancestors.set(edge.child, [...(index.ancestors.get(edge.child) ?? []), { slug: edge.parent, type: edge.type }]);
      index.descendants.set(edge.parent, [...(index.descendants.get(edge.parent) ?? []), { slug: edge.child, type: edge.type }]);
    }
    familyIndex.set(family, index);
  }
  return index;
}

export function relatives(entry: Entry, family: Family, direction: "ancestors" | "descendants", maxDepth = 3): Relative[] {
  const { bySlug, [direction]: next } = indexOf(family);
  const found: Relative[] = [];
  const seen = new Set([entry.slug]);
  let frontier = [entry];
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
    const following: Entry[] = [];
    for (const via of frontier) {
      for (const step of next.get(via.slug) ?? []) {
        const relative = bySlug.get(step.slug);
        if (!relative || seen.has(step.slug)) continue;
        seen.add(step.slug);
        found.push({ entry: relative, depth, type: step.type, via });
        following.push(relative);
      }
    }
    frontier = following;
  }
  return found;
}

/** A filter as a static URL, so it works without JavaScript: /lineage or /lineage/filter/<modality|all>/<relation>. */
export function lineageHref(modality: string | null, relation: LineageRelationFilter): string {
  return modality === null && relation === "descent" ? "/lineage" : `/lineage/filter/${modality ?? "all"}/${relation}`;
}

/** The family's own page; the fragment marks one entry in it (CSS :target highlights it without JS). */
export function familyHref(familyId: string, focus?: string): string {
  return `/lineage/family/${familyId}${focus ? `#family-${focus}` : ""}`;
}

/** Families drawn in full on one page before the rest are listed as links to their own pages. */
// 250 keeps /lineage near 200 KB of raw SVG at 10,000 entries (npx tsx scripts/bench/lineage.ts).
export const LINEAGE_PAGE_MEMBER_BUDGET = 250;

/**
 * Which families a page draws in full (in order, while they fit the budget) and which it only
 * links to their own pages. A family larger than what is left is linked however early it comes,
 * so the page stays bounded whatever the catalog holds.
 */
export function splitForPage(families: readonly Family[], budget = LINEAGE_PAGE_MEMBER_BUDGET): { shown: Family[]; linked: Family[] } {
  const shown: Family[] = [];
  const linked: Family[] = [];
  let left = budget;
  for (const family of families) {
    if (family.members.length <= left) {
      shown.push(family);
      left -= family.members.length;
    } else linked.push(family);
  }
  return { shown, linked };
}

/** The family's roots (members it has no parent for), oldest first: what the family is named after. */
export function familyRoots(family: Family): Entry[] {
  const children = new Set(family.edges.map((edge) => edge.child));
  return family.members.filter((entry) => !children.has(entry.slug));
}

/**
 * "Family of GPT", or "Family of GPT, DDPM and CLIP" where lines from several roots join;
 * "GPT 家族", "GPT、DDPM 与 CLIP 家族" in Chinese.
 */
export function familyName(family: Family, locale: Locale = "en"): string {
  const t = messagesFor(locale).lineage.familyName;
  const roots = familyRoots(family);
  const names = (roots.length > 0 ? roots : family.members).map((entry) => entry.name);
  let name: string;
  if (names.length === 1) name = fill(t.one, { name: names[0] });
  else if (names.length <= 3) name = fill(t.few, { names: names.slice(0, -1).join(t.separator), last: names.at(-1)! });
  else name = fill(t.more, { names: names.slice(0, 3).join(t.separator), count: names.length - 3, total: names.length });
  return cjkSpacing(name);
}

const WIDE = "\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f";
const SPACE_BETWEEN_WIDE = new RegExp(`([${WIDE}]) +(?=[${WIDE}])`, "gu");

/**
 * Chinese templates put a space around each name, as Chinese is spaced from Latin letters and
 * digits ("GPT 家族"); where the name is itself Chinese the space goes ("混元家族").
 */
export function cjkSpacing(text: string): string {
  return text.replace(SPACE_BETWEEN_WIDE, "$1");
}

/** The entry with its relatives a few generations out, and the lines between them: the entry page's small graph. */
export function neighbourhood(entry: Entry, family: Family, maxDepth = 3): Pick<Family, "members" | "edges"> {
  const slugs = new Set([entry.slug, ...[...relatives(entry, family, "ancestors", maxDepth), ...relatives(entry, family, "descendants", maxDepth)].map((r) => r.entry.slug)]);
  return {
    members: family.members.filter((member) => slugs.has(member.slug)),
    edges: family.edges.filter((edge) => slugs.has(edge.parent) && slugs.has(edge.child)),
  };
}
