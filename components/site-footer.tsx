import Link from "@/components/intent-link";
import { DATA_LICENCE } from "@/lib/publish/catalog-export";
import { fill } from "@/lib/i18n/format-message";
import { getMessages } from "@/lib/i18n/messages";

export function SiteFooter() {
  const { common: t } = getMessages();
  return (
    <footer className="mt-12 border-t border-border bg-bg-muted text-sm text-fg-muted">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 sm:flex-row sm:justify-between sm:px-6">
        <p>
          {fill(t.footer.tagline, { site: t.siteName })} <Link href="/about">{t.footer.about}</Link>
        </p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label={t.footer.data}>
          <li>
            <Link href="/changes">{t.footer.changes}</Link>
          </li>
          <li>
            <a href="/feed.xml">{t.footer.feed}</a>
          </li>
          <li>
            <Link href="/data">{t.footer.dataPage}</Link>
          </li>
          <li>
            <a href="/catalog.json">JSON</a>
          </li>
          <li>
            <a href="/catalog.csv">CSV</a>
          </li>
          <li>
            <a href="/catalog.schema.json">JSON Schema</a>
          </li>
          <li>
            <a href="https://creativecommons.org/licenses/by/4.0/" rel="license noopener noreferrer">
              {fill(t.footer.licence, { licence: DATA_LICENCE })}
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
