import Link from "@/components/intent-link";
import { pageHref } from "@/lib/pagination";
import { getMessages } from "@/lib/i18n/messages";

/** Plain links to every page of the list, so a visitor without JavaScript can reach every entry. */
export function ListPagination({ page, count }: { page: number; count: number }) {
  if (count <= 1) return null;
  const t = getMessages().browse.pagination;
  return (
    <nav aria-label={t.label} className="mt-4">
      <ul className="flex flex-wrap gap-2">
        {Array.from({ length: count }, (_, index) => index + 1).map((number) => (
          <li key={number}>
            <Link
              href={pageHref(number)}
              aria-current={number === page ? "page" : undefined}
              className="rounded border border-border px-3 py-1 aria-[current=page]:bg-accent aria-[current=page]:text-accent-fg"
            >
              <span className="sr-only">{t.pageBefore}</span>
              {number}
              {t.pageAfter && <span className="sr-only">{t.pageAfter}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
