import type { ContentProblem } from "../../content-errors";
import type { ContentRule } from "./types";

const LINK = /\]\(\/(models|modalities|organizations)\/([^)\s#?/]+)/g;

/** Links in any prose to an entry, modality or organization page resolve, or the site ships a broken link. */
export const proseLinks: ContentRule = ({ content }) => {
  const problems: ContentProblem[] = [];
  const pages: Record<string, Set<string>> = {
    models: new Set(content.models.map((file) => file.slug)),
    modalities: new Set(content.modalities.map((file) => file.slug)),
    organizations: new Set(content.organizations.map((file) => file.slug)),
  };
  const bodies = [...content.models, ...content.modelTranslations, ...content.modalities, ...content.eras, ...content.milestones, ...content.pages];
  for (const { file, body } of bodies) {
    for (const [, folder, slug] of body.matchAll(LINK)) {
      if (!pages[folder].has(slug)) problems.push({ file, field: "", message: `links to /${folder}/${slug} in its prose, but there is no such page.` });
    }
  }
  return problems;
};
