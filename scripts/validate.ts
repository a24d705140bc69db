// `npm run validate`: prints every content problem with a count, exits non-zero if there is any.
import { collectContent, DEFAULT_CONTENT_DIR } from "@/lib/content/load-content";
import { formatProblems } from "@/lib/content/content-errors";

const contentDir = process.argv[2] ?? DEFAULT_CONTENT_DIR;
const { content, problems } = collectContent(contentDir);

if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(
  `Content is valid: ${content.models.length} entries, ${content.modalities.length} modalities, ` +
    `${content.eras.length} eras, ${content.milestones.length} milestones, ${content.pages.length} pages.`,
);
