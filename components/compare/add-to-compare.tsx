import { getMessages } from "@/lib/i18n/messages";
import { AddToCompareButton } from "./add-to-compare-button";

/**
 * On an entry page: adds the entry to the reader's comparison (the same one the model list's
 * checkboxes build) and offers to open it. Without JavaScript it is a plain link to a comparison
 * of this entry alone. A server component, so its texts come in the page's language.
 */
export function AddToCompare({ slug, name }: { slug: string; name: string }) {
  return <AddToCompareButton slug={slug} name={name} messages={getMessages().compare.addToCompare} />;
}
