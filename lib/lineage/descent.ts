import type { RelationType } from "@/lib/content/vocabulary";

/**
 * The relations that mean "descends from": the newer entry names the older one. They form the
 * family trees (/lineage) and must never loop. `uses` and `trained-on` name ingredients, not
 * ancestors; `powered-by` and `companion-of` are not about descent at all.
 */
export const DESCENT_RELATION_TYPES = ["successor-of", "based-on", "variant-of"] as const satisfies readonly RelationType[];

export type DescentRelationType = (typeof DESCENT_RELATION_TYPES)[number];

const DESCENT: ReadonlySet<string> = new Set(DESCENT_RELATION_TYPES);

export function isDescentRelation(type: string): type is DescentRelationType {
  return DESCENT.has(type);
}
