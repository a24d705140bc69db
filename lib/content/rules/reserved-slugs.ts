import type { ContentRule } from "./types";

// /models/page/2 is the second page of the list, so no entry may be called "page".
const RESERVED_SLUGS = ["page"];

export const reservedSlugs: ContentRule = ({ content }) =>
  content.models
    .filter(({ slug }) => RESERVED_SLUGS.includes(slug))
    .map(({ file, slug }) => ({
      file,
      field: "",
      message: `uses the slug "${slug}", which the site reserves for /models/${slug}/…; rename the file.`,
    }));
