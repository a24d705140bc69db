import type { Messages } from "@/lib/i18n/messages";

// The slices of the browse messages each client component receives from its server parent (types
// only: a client component never imports the messages themselves).
type Browse = Messages["browse"];
export type BrowserMessages = Browse["browser"];
export type FacetMessages = Browse["facets"];
export type ChipMessages = Browse["chips"];
export type RowMessages = Browse["row"];
export type HeaderSearchMessages = Browse["headerSearch"];

/** Everything /models's browser needs, passed as one plain object. */
export type ModelsBrowserMessages = { browser: BrowserMessages; facets: FacetMessages; chips: ChipMessages; row: RowMessages };
