import Link from "@/components/intent-link";
import { ChangeList } from "@/components/change-list";
import { getMessages } from "@/lib/i18n/messages";
import type { Change } from "@/lib/publish/changes";

/** The home page's "Recently added" and "Recently updated"; hidden until entries carry dates. */
export function WhatsNew({ added, updated }: { added: readonly Change[]; updated: readonly Change[] }) {
  if (added.length === 0 && updated.length === 0) return null;
  const t = getMessages().pages.whatsNew;
  return (
    <section aria-labelledby="whats-new-heading">
      <h2 id="whats-new-heading" className="mb-3 text-2xl font-semibold">
        {t.heading}
      </h2>
      <div className="grid gap-6 md:grid-cols-2">
        {added.length > 0 && (
          <div>
            <h3 className="mb-2 text-lg font-semibold">{t.added}</h3>
            <ChangeList changes={added} />
          </div>
        )}
        {updated.length > 0 && (
          <div>
            <h3 className="mb-2 text-lg font-semibold">{t.updated}</h3>
            <ChangeList changes={updated} />
          </div>
        )}
      </div>
      <p className="mt-3">
        <Link href="/changes">{t.all}</Link> <span aria-hidden="true">·</span> <a href="/feed.xml">{t.feed}</a>
      </p>
    </section>
  );
}
