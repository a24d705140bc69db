import Link from "@/components/intent-link";
import { NAVIGATION } from "@/lib/site";
import { getMessages } from "@/lib/i18n/messages";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { HeaderSearch } from "./header-search";

export function SiteHeader() {
  const { common: t } = getMessages();
  return (
    <header className="border-b border-border bg-bg-muted">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold text-fg no-underline">
          {t.siteName}
        </Link>
        <nav aria-label={t.mainNavigation} className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {NAVIGATION.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="font-medium text-fg no-underline hover:text-accent hover:underline">
                  {t.nav[item.key]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-3 sm:ml-auto">
          <HeaderSearch />
          <LanguageSwitch label={t.languageSwitch.otherLabel} />
        </div>
      </div>
    </header>
  );
}
