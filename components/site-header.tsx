import Link from "@/components/intent-link";
import { NAVIGATION, SITE } from "@/lib/site";
import { HeaderSearch } from "./header-search";

export function SiteHeader() {
  return (
    <header className="border-b border-border bg-bg-muted">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold text-fg no-underline">
          {SITE.name}
        </Link>
        <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {NAVIGATION.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="font-medium text-fg no-underline hover:text-accent hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <HeaderSearch />
      </div>
    </header>
  );
}
