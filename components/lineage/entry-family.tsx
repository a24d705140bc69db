import Link from "@/components/intent-link";
import type { Entry } from "@/lib/catalog";
import { RELATION_LABELS } from "@/lib/format";
import { familyHref, familyName, familyOf, neighbourhood, relatives, type Family, type Relative } from "@/lib/lineage/lineage";
import { layoutFamily } from "@/lib/lineage/lineage-layout";
import { FamilyGraph } from "./family-graph";
import { LineageNodeLabel } from "./lineage-node-label";

const GENERATIONS = 3;

type ListProps = { relatives: Relative[]; label: string; direction: "ancestors" | "descendants" };

function RelativeList({ relatives: list, label, direction }: ListProps) {
  return (
    <div>
      <h3 className="mb-1 font-semibold">{label}</h3>
      <ul className="space-y-1">
        {list.map(({ entry, depth, type, via }) => (
          <li key={entry.slug} style={{ paddingLeft: `${(depth - 1) * 1}rem` }}>
            <LineageNodeLabel entry={entry} />{" "}
            <span className="text-sm text-fg-muted">
              · {RELATION_LABELS[type][direction === "ancestors" ? "incoming" : "outgoing"].toLowerCase()} {via.name}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The entry's family on its page: ancestors and descendants a few generations out, and a link to the whole family. */
export function EntryFamily({ entry, families }: { entry: Entry; families: readonly Family[] }) {
  const family = familyOf(entry.slug, families);
  if (!family) return null;
  const ancestors = relatives(entry, family, "ancestors", GENERATIONS);
  const descendants = relatives(entry, family, "descendants", GENERATIONS);
  return (
    <section aria-labelledby="family-heading" className="mt-8">
      <h2 id="family-heading" className="mb-2 text-xl font-semibold">
        Family
      </h2>
      <FamilyGraph layout={layoutFamily(neighbourhood(entry, family, GENERATIONS))} label={`${entry.name} and its relatives`} focus={entry.slug} />
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        {ancestors.length > 0 && <RelativeList relatives={ancestors} label="Descends from" direction="ancestors" />}
        {descendants.length > 0 && <RelativeList relatives={descendants} label="Descendants" direction="descendants" />}
      </div>
      <p className="mt-3">
        <Link href={familyHref(family.id, entry.slug)} prefetch={false}>
          The whole {familyName(family).replace(/^Family/, "family")} ({family.members.length} entries)
        </Link>
      </p>
    </section>
  );
}
