import { getMessages } from "@/lib/i18n/messages";
import { HeaderSearchBox } from "./browse/header-search-box";

/** The header's search form, in the page's language (the box itself is a client component). */
export function HeaderSearch() {
  return <HeaderSearchBox messages={getMessages().browse.headerSearch} />;
}
