import path from "node:path";
import {
  eraFrontMatter,
  milestoneFrontMatter,
  modalityFrontMatter,
  modelFrontMatter,
  modelTranslationFrontMatter,
  modalityTranslationFrontMatter,
  eraTranslationFrontMatter,
  milestoneTranslationFrontMatter,
  pageTranslationFrontMatter,
  type ModalityTranslationFrontMatter,
  type EraTranslationFrontMatter,
  type MilestoneTranslationFrontMatter,
  type PageTranslationFrontMatter,
  organizationFrontMatter,
  pageFrontMatter,
  type EraFrontMatter,
  type MilestoneFrontMatter,
  type ModalityFrontMatter,
  type ModelFrontMatter,
  type ModelTranslationFrontMatter,
  type OrganizationFrontMatter,
  type PageFrontMatter,
} from "@/lib/content/schema";
import { ContentValidationError, type ContentProblem } from "@/lib/content/content-errors";
import { readCollection, type ContentFile } from "@/lib/content/read-collection";
import { checkContentRules } from "@/lib/content/rules";

// CONTENT_DIR lets the benchmark build the site from a synthetic catalog.
export const DEFAULT_CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? path.join(process.cwd(), "content"));

export type RawContent = {
  models: ContentFile<ModelFrontMatter>[];
  /** `content/models/<slug>.zh.md`: the Chinese summary and prose of an entry. */
  modelTranslations: ContentFile<ModelTranslationFrontMatter>[];
  organizations: ContentFile<OrganizationFrontMatter>[];
  /** The Chinese texts of modalities, eras, milestones and pages (`<slug>.zh.md` beside each). */
  translations: {
    modalities: ContentFile<ModalityTranslationFrontMatter>[];
    eras: ContentFile<EraTranslationFrontMatter>[];
    milestones: ContentFile<MilestoneTranslationFrontMatter>[];
    pages: ContentFile<PageTranslationFrontMatter>[];
  };
  modalities: ContentFile<ModalityFrontMatter>[];
  eras: ContentFile<EraFrontMatter>[];
  milestones: ContentFile<MilestoneFrontMatter>[];
  pages: ContentFile<PageFrontMatter>[];
};

/** Every problem in the content folder, without throwing. `npm run validate` prints these. */
export function collectContent(contentDir = DEFAULT_CONTENT_DIR, today = new Date()) {
  const problems: ContentProblem[] = [];
  const folder = (name: string) => path.join(contentDir, name);
  const content: RawContent = {
    modalities: readCollection(folder("modalities"), modalityFrontMatter, problems, { requireBody: true }),
    eras: readCollection(folder("eras"), eraFrontMatter, problems, { requireBody: true }),
    organizations: readCollection(folder("organizations"), organizationFrontMatter, problems, { requireBody: false }),
    models: readCollection(folder("models"), modelFrontMatter, problems, { requireBody: true }),
    modelTranslations: readCollection(folder("models"), modelTranslationFrontMatter, problems, { requireBody: true, language: "zh" }),
    milestones: readCollection(folder("milestones"), milestoneFrontMatter, problems, { requireBody: false }),
    pages: readCollection(folder("pages"), pageFrontMatter, problems, { requireBody: true }),
    translations: {
      modalities: readCollection(folder("modalities"), modalityTranslationFrontMatter, problems, { requireBody: true, language: "zh" }),
      eras: readCollection(folder("eras"), eraTranslationFrontMatter, problems, { requireBody: true, language: "zh" }),
      milestones: readCollection(folder("milestones"), milestoneTranslationFrontMatter, problems, { requireBody: false, language: "zh" }),
      pages: readCollection(folder("pages"), pageTranslationFrontMatter, problems, { requireBody: true, language: "zh" }),
    },
  };
  problems.push(...checkContentRules({ content, today }));
  return { content, problems };
}

/** The validated content, or a ContentValidationError that lists every problem at once. */
export function loadContent(contentDir = DEFAULT_CONTENT_DIR, today = new Date()): RawContent {
  const { content, problems } = collectContent(contentDir, today);
  if (problems.length > 0) throw new ContentValidationError(problems);
  return content;
}
