import type { ContentProblem } from "@/lib/content/content-errors";
import type { ContentRule } from "./types";
import { entryHref } from "../../routes";

// The site's pages that exist whatever the content: a prose link may point at these or at a page
// built from content (an entry, a modality, an organization).
const STATIC_PAGES = new Set(["/", "/models", "/modalities", "/organizations", "/timeline", "/compare", "/about"]);
const LINK = /\]\((\/[^)\s#?]*)/g;

/** Every internal link in any prose resolves to a page, or the site ships a broken link. */
export const proseLinks: ContentRule = ({ content }) => {
  const problems: ContentProblem[] = [];
  const pages = new Set([
    ...STATIC_PAGES,
    ...content.models.map((file) => entryHref(file.slug)),
    ...content.modalities.map((file) => `/modalities/${file.slug}`),
    ...content.organizations.map((file) => `/organizations/${file.slug}`),
  ]);
  const bodies = [
    ...content.models,
    ...content.modelTranslations,
    ...content.modalities,
    ...content.eras,
    ...content.milestones,
    ...content.pages,
    ...Object.values(content.translations).flat(),
  ];
  for (const { file, body } of bodies) {
    for (const [, path] of body.matchAll(LINK)) {
      const page = path.length > 1 ? path.replace(/\/$/, "") : path;
      if (!pages.has(page)) problems.push({ file, field: "", message: `links to ${path} in its prose, but there is no such page.` });
    }
  }
  return problems;
};
