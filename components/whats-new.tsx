import Link from "@/components/intent-link";
import { ChangeList } from "@/components/change-list";
import type { Change } from "@/lib/publish/changes";

/** The home page's "Recently added" and "Recently updated"; hidden until entries carry dates. */
export function WhatsNew({ added, updated }: { added: readonly Change[]; updated: readonly Change[] }) {
  if (added.length === 0 && updated.length === 0) return null;
  return (
    <section aria-labelledby="whats-new-heading">
      <h2 id="whats-new-heading" className="mb-3 text-2xl font-semibold">
        What&apos;s new
      </h2>
      <div className="grid gap-6 md:grid-cols-2">
        {added.length > 0 && (
          <div>
            <h3 className="mb-2 text-lg font-semibold">Recently added</h3>
            <ChangeList changes={added} />
          </div>
        )}
        {updated.length > 0 && (
          <div>
            <h3 className="mb-2 text-lg font-semibold">Recently updated</h3>
            <ChangeList changes={updated} />
          </div>
        )}
      </div>
      <p className="mt-3">
        <Link href="/changes">All changes</Link> <span aria-hidden="true">·</span> <a href="/feed.xml">Atom feed</a>
      </p>
    </section>
  );
}
