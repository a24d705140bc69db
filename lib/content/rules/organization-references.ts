import type { ContentProblem } from "@/lib/content/content-errors";
import type { ContentRule } from "./types";

/** Entries name organizations by the slug of a file in content/organizations/. */
export const organizationReferences: ContentRule = ({ content }) => {
  const problems: ContentProblem[] = [];
  const slugs = new Set(content.organizations.map((organization) => organization.slug));
  for (const { file, data } of content.models) {
    data.organizations.forEach((slug, i) => {
      if (!slugs.has(slug)) {
        problems.push({ file, field: `organizations[${i}]`, message: `is "${slug}", but there is no valid content/organizations/${slug}.md. Add the organization's file or use an existing slug.` });
      }
    });
  }
  return problems;
};
