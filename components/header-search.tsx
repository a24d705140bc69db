import { getMessages } from "@/lib/i18n/messages";
import { LABELS } from "@/lib/i18n/labels";
import { requestLocale } from "@/lib/i18n/request-locale";
import { HeaderSearchBox } from "./browse/header-search-box";

/**
 * The header's search form, in the page's language (the box itself is a client component). It is
 * on every page, so it gets the one label it needs rather than importing every label of both languages.
 */
export function HeaderSearch() {
  return <HeaderSearchBox messages={getMessages().browse.headerSearch} listSeparator={LABELS[requestLocale()].listSeparator} />;
}
