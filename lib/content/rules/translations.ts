import type { ContentProblem } from "@/lib/content/content-errors";
import { normalizeName } from "@/lib/search/normalize-name";
import { citationsIn } from "../prose";
import type { ContentRule } from "./types";

/**
 * Every entry, modality, era, milestone and page has its Chinese text (`<slug>.zh.md`): the site
 * is published in both languages, and neither may be a partial copy. A Chinese text belongs to an English entry, cites exactly the sources the English text cites,
 * and shows a Chinese name only if the entry lists it as an alias (so search finds it too).
 */
export const translations: ContentRule = ({ content }) => {
  const problems: ContentProblem[] = [];
  const bySlug = new Map(content.models.map((model) => [model.slug, model]));
  for (const { file, slug, body, data } of content.modelTranslations) {
    const english = bySlug.get(slug);
    if (!english) {
      problems.push({ file, field: "", message: `translates "${slug}", but there is no content/models/${slug}.md.` });
      continue;
    }
    const cited = new Set(citationsIn(body));
    const englishCited = new Set(citationsIn(english.body));
    const missing = [...englishCited].filter((id) => !cited.has(id));
    const extra = [...cited].filter((id) => !englishCited.has(id));
    if (missing.length > 0 || extra.length > 0) {
      const parts = [missing.length ? `does not cite ${missing.map((id) => `[^${id}]`).join(", ")}` : "", extra.length ? `cites ${extra.map((id) => `[^${id}]`).join(", ")} that the English text does not` : ""];
      problems.push({ file, field: "", message: `${parts.filter(Boolean).join(" and ")}. A translation cites the same sources as ${english.file}.` });
    }
    if (data.name !== undefined) {
      const aliases = [english.data.name, ...english.data.aliases].map(normalizeName);
      if (!aliases.includes(normalizeName(data.name))) {
        problems.push({ file, field: "name", message: `is "${data.name}", which ${english.file} does not list among its aliases. Add it there so search finds it in both languages.` });
      }
    }
  }
  const translatedModels = new Set(content.modelTranslations.map((file) => file.slug));
  for (const { file, slug } of content.models) {
    if (!translatedModels.has(slug)) problems.push({ file, field: "", message: missingTranslation("models", slug) });
  }
  for (const collection of ["modalities", "eras", "milestones", "pages"] as const) {
    const slugs = new Set(content[collection].map((file) => file.slug));
    const translated = new Set(content.translations[collection].map((file) => file.slug));
    for (const { file, slug } of content[collection]) {
      if (!translated.has(slug)) problems.push({ file, field: "", message: missingTranslation(collection, slug) });
    }
    for (const { file, slug } of content.translations[collection]) {
      if (!slugs.has(slug)) problems.push({ file, field: "", message: `translates "${slug}", but there is no content/${collection}/${slug}.md.` });
    }
  }
  return problems;
};

function missingTranslation(collection: string, slug: string): string {
  return `has no Chinese text: write content/${collection}/${slug}.zh.md (its summary and prose in Simplified Chinese, citing the same sources; see CONTRIBUTING.md). The site publishes every page in both languages.`;
}
