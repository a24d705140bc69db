import type { ContentProblem } from "./content-errors";
import type { RawContent } from "./load-content";
import { isFutureDate, isImpossibleDate } from "./dates";
import { normalizeName } from "./normalize-name";

// /models/page/2 is the second page of the list, so no entry may be called "page".
const RESERVED_SLUGS = ["page"];

/**
 * Rules that need more than one file: references resolve, names are unique, dates are real.
 * Each rule adds plain-sentence problems; none throws.
 */
export function checkCrossReferences(content: RawContent, today: Date): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const modalityType = new Map(content.modalities.map((modality) => [modality.slug, modality.data.type]));
  const mediaList = [...modalityType].filter(([, type]) => type === "medium").map(([slug]) => slug).join(", ");
  const modelSlugs = new Set(content.models.map((model) => model.slug));

  const checkModality = (file: string, field: string, slug: string) => {
    const type = modalityType.get(slug);
    if (type === undefined) {
      problems.push({ file, field, message: `names the modality "${slug}", which does not exist. Use one of: ${mediaList}.` });
    } else if (type === "composite") {
      problems.push({
        file,
        field,
        message: `names "${slug}", which is derived and cannot be listed. List the concrete modalities instead: ${mediaList}.`,
      });
    }
  };

  const checkDate = (file: string, field: string, date: string) => {
    if (isImpossibleDate(date)) problems.push({ file, field, message: `is "${date}", a day that does not exist.` });
    else if (isFutureDate(date, today)) {
      problems.push({ file, field, message: `is "${date}", which is in the future. Use the date of the first public paper or announcement.` });
    }
  };

  const owners = new Map<string, { file: string; label: string }>();
  const claimName = (file: string, field: string, label: string) => {
    const key = normalizeName(label);
    const owner = owners.get(key);
    if (owner && owner.file !== file) {
      problems.push({ file, field, message: `is "${label}", which ${owner.file} already uses as "${owner.label}". Names and aliases must be unique.` });
    } else if (!owner) owners.set(key, { file, label });
  };

  for (const { file, slug, data } of content.models) {
    if (RESERVED_SLUGS.includes(slug)) {
      problems.push({ file, field: "", message: `uses the slug "${slug}", which the site reserves for /models/${slug}/…; rename the file.` });
    }
    data.modalities.input.forEach((m, i) => checkModality(file, `modalities.input[${i}]`, m));
    data.modalities.output.forEach((m, i) => checkModality(file, `modalities.output[${i}]`, m));
    data.related.forEach((relation, i) => {
      if (relation.slug === slug) problems.push({ file, field: `related[${i}].slug`, message: "points to the entry itself." });
      else if (!modelSlugs.has(relation.slug)) {
        problems.push({ file, field: `related[${i}].slug`, message: `is "${relation.slug}", but there is no content/models/${relation.slug}.md.` });
      }
    });
    checkDate(file, "released", data.released);
    if (data.kind === "model" && data.openWeights === "not-applicable") {
      problems.push({ file, field: "openWeights", message: `is "not-applicable", but a model either has open weights or not: use "yes", "no" or "partial".` });
    }
    claimName(file, "name", data.name);
    data.aliases.forEach((alias, i) => claimName(file, `aliases[${i}]`, alias));
  }

  for (const { file, data } of content.milestones) {
    data.modalities.forEach((m, i) => checkModality(file, `modalities[${i}]`, m));
    data.related.forEach((slug, i) => {
      if (!modelSlugs.has(slug)) problems.push({ file, field: `related[${i}]`, message: `is "${slug}", but there is no content/models/${slug}.md.` });
    });
    checkDate(file, "date", data.date);
  }

  const eras = [...content.eras].sort((a, b) => a.data.start - b.data.start);
  eras.forEach(({ file, data }, i) => {
    if (data.end !== null && data.end < data.start) {
      problems.push({ file, field: "end", message: `is ${data.end}, before the era's start (${data.start}).` });
    }
    const next = eras[i + 1];
    if (next && (data.end === null || data.end >= next.data.start)) {
      problems.push({ file, field: "end", message: `is ${data.end ?? "null (open-ended)"}, so it overlaps ${next.file}, which starts in ${next.data.start}.` });
    }
  });

  // Prose links to entries and modality pages must resolve, or the site ships a broken link.
  const modalitySlugs = new Set(modalityType.keys());
  const bodies = [...content.models, ...content.modalities, ...content.eras, ...content.milestones, ...content.pages];
  for (const { file, body } of bodies) {
    for (const [, folder, slug] of body.matchAll(/\]\(\/(models|modalities)\/([^)\s#?/]+)/g)) {
      const exists = folder === "models" ? modelSlugs.has(slug) : modalitySlugs.has(slug);
      if (!exists) problems.push({ file, field: "", message: `links to /${folder}/${slug} in its prose, but there is no such page.` });
    }
  }

  return problems;
}
