import Link from "@/components/intent-link";
import { DATA_LICENCE } from "@/lib/publish/catalog-export";
import { SITE } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-border bg-bg-muted text-sm text-fg-muted">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 sm:flex-row sm:justify-between sm:px-6">
        <p>
          {SITE.name}: every fact links to its source. <Link href="/about">About and corrections</Link>
        </p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Data">
          <li>
            <Link href="/changes">Changes</Link>
          </li>
          <li>
            <a href="/feed.xml">Atom feed</a>
          </li>
          <li>
            <Link href="/data">Data</Link>
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
              Data licence: {DATA_LICENCE}
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
