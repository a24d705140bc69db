import type { LineageChain } from "@/lib/lineage/lineage";
import { LABELS } from "@/lib/i18n/labels";
import { fill } from "@/lib/i18n/format-message";
import { messagesFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { LineageNodeLabel } from "./lineage-node-label";

/**
 * The text form of a family: each line of descent is an ordered list, oldest first; where it
 * branches, each branch is a list nested in the entry it branches from.
 */
export function FamilyList({ chains, label }: { chains: readonly LineageChain[]; label: string }) {
  return (
    <div aria-label={label} role="group">
      {chains.map((chain) => (
        <Chain key={chain.links[0]?.entry.slug} chain={chain} />
      ))}
    </div>
  );
}

function Chain({ chain }: { chain: LineageChain }) {
  const locale = requestLocale();
  const t = messagesFor(locale).lineage;
  const labels = LABELS[locale].relation;
  return (
    <ol className="ml-4 list-none space-y-1 border-l border-border pl-3">
      {chain.links.map((link) => (
        <li key={link.entry.slug} id={`family-${link.entry.slug}`} className="target:bg-mark">
          <LineageNodeLabel entry={link.entry} />
          {link.from && (
            <span className="text-sm text-fg-muted">
              {" "}
              ·{" "}
              {[link.from, ...link.alsoFrom]
                .map(({ entry, type }) => fill(t.relation, { relation: labels[type].outgoing.toLowerCase(), name: entry.name }))
                .join(t.relationSeparator)}
            </span>
          )}
          {link.branches.length > 0 && (
            <div className="mt-1">
              {link.branches.map((branch) => (
                <Chain key={branch.links[0]?.entry.slug} chain={branch} />
              ))}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
