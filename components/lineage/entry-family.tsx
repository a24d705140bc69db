import Link from "@/components/intent-link";
import type { Entry } from "@/lib/catalog";
import { LABELS } from "@/lib/i18n/labels";
import { fill } from "@/lib/i18n/format-message";
import { messagesFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { cjkSpacing, familyHref, familyName, familyOf, neighbourhood, relatives, type Family, type Relative } from "@/lib/lineage/lineage";
import { layoutFamily } from "@/lib/lineage/lineage-layout";
import { FamilyGraph } from "./family-graph";
import { LineageNodeLabel } from "./lineage-node-label";

const GENERATIONS = 3;

type ListProps = { relatives: Relative[]; label: string; direction: "ancestors" | "descendants" };

function RelativeList({ relatives: list, label, direction }: ListProps) {
  const locale = requestLocale();
  const template = messagesFor(locale).lineage.relation;
  const labels = LABELS[locale].relation;
  return (
    <div>
      <h3 className="mb-1 font-semibold">{label}</h3>
      <ul className="space-y-1">
        {list.map(({ entry, depth, type, via }) => (
          <li key={entry.slug} style={{ paddingLeft: `${(depth - 1) * 1}rem` }}>
            <LineageNodeLabel entry={entry} />{" "}
            <span className="text-sm text-fg-muted">
              ·{" "}
              {fill(template, { relation: labels[type][direction === "ancestors" ? "incoming" : "outgoing"].toLowerCase(), name: via.name })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The entry's family on its page: ancestors and descendants a few generations out, and a link to the whole family. */
export function EntryFamily({ entry, families }: { entry: Entry; families: readonly Family[] }) {
  const locale = requestLocale();
  const t = messagesFor(locale).lineage.entryFamily;
  const family = familyOf(entry.slug, families);
  if (!family) return null;
  const ancestors = relatives(entry, family, "ancestors", GENERATIONS);
  const descendants = relatives(entry, family, "descendants", GENERATIONS);
  // "The whole family of GPT": the family's name with a small initial, inside the sentence.
  const name = familyName(family, locale).replace(/^Family/, "family");
  return (
    <section aria-labelledby="family-heading" className="mt-8">
      <h2 id="family-heading" className="mb-2 text-xl font-semibold">
        {t.heading}
      </h2>
      <FamilyGraph
        layout={layoutFamily(neighbourhood(entry, family, GENERATIONS), locale)}
        label={cjkSpacing(fill(t.graphLabel, { name: entry.name }))}
        focus={entry.slug}
      />
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        {ancestors.length > 0 && <RelativeList relatives={ancestors} label={t.ancestors} direction="ancestors" />}
        {descendants.length > 0 && <RelativeList relatives={descendants} label={t.descendants} direction="descendants" />}
      </div>
      <p className="mt-3">
        <Link href={familyHref(family.id, entry.slug)} prefetch={false}>
          {cjkSpacing(fill(t.whole, { family: name, count: family.members.length }))}
        </Link>
      </p>
    </section>
  );
}
