import Link from "@/components/intent-link";
import { MAX_COMPARED } from "@/lib/compare/compare";
import type { SuggestedComparison } from "@/lib/compare/compare-data";
import { CompareSuggestions } from "./compare-suggestions";

type CompareEmptyProps = { suggestions: SuggestedComparison[]; scripted: boolean };

/** What /compare says when nothing is selected, and what it says without JavaScript. */
export function CompareEmpty({ suggestions, scripted }: CompareEmptyProps) {
  return (
    <div className="rounded-lg border border-border bg-bg-muted p-4">
      <p>
        Compare puts 2 to {MAX_COMPARED} entries side by side: who made them, when, what goes in and what comes
        out, architecture, size, weights, relations and sources. Differences are marked row by row.
      </p>
      {scripted ? (
        <p className="mt-2">
          Add entries with the search box, tick “Compare” on the <Link href="/models" className="underline">model list</Link>, or use
          “Add to compare” on an entry’s page.
        </p>
      ) : (
        <p className="mt-2">
          The table is built in your browser and needs JavaScript. Without it, every entry’s page in the{" "}
          <Link href="/models" className="underline">model list</Link> shows the same facts.
        </p>
      )}
      <CompareSuggestions suggestions={suggestions} withEntryLinks={!scripted} />
    </div>
  );
}
