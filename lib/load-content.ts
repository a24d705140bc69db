import path from "node:path";
import {
  eraFrontMatter,
  milestoneFrontMatter,
  modalityFrontMatter,
  modelFrontMatter,
  pageFrontMatter,
  type EraFrontMatter,
  type MilestoneFrontMatter,
  type ModalityFrontMatter,
  type ModelFrontMatter,
  type PageFrontMatter,
} from "./schema";
import { ContentValidationError, type ContentProblem } from "./content-errors";
import { readCollection, type ContentFile } from "./read-collection";
import { checkCrossReferences } from "./cross-references";

// CONTENT_DIR lets the benchmark build the site from a synthetic catalog.
export const DEFAULT_CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? path.join(process.cwd(), "content"));

export type RawContent = {
  models: ContentFile<ModelFrontMatter>[];
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
    models: readCollection(folder("models"), modelFrontMatter, problems, { requireBody: true }),
    milestones: readCollection(folder("milestones"), milestoneFrontMatter, problems, { requireBody: false }),
    pages: readCollection(folder("pages"), pageFrontMatter, problems, { requireBody: true }),
  };
  problems.push(...checkCrossReferences(content, today));
  return { content, problems };
}

/** The validated content, or a ContentValidationError that lists every problem at once. */
export function loadContent(contentDir = DEFAULT_CONTENT_DIR, today = new Date()): RawContent {
  const { content, problems } = collectContent(contentDir, today);
  if (problems.length > 0) throw new ContentValidationError(problems);
  return content;
}
