import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import { defaultSchema, type Schema } from "hast-util-sanitize";
import { visit } from "unist-util-visit";
import type { Root } from "mdast";

// GitHub's sanitize schema (no script, iframe, event handlers or javascript: URLs), plus `rel`
// on links so external ones can carry noopener.
const schema: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []), "rel"],
  },
};

function externalLinksNoOpener() {
  return (tree: Root) => {
    visit(tree, "link", (node) => {
      if (/^https?:\/\//i.test(node.url)) {
        node.data = { ...node.data, hProperties: { rel: ["noopener", "noreferrer"] } };
      }
    });
  };
}

const processor = remark().use(remarkGfm).use(externalLinksNoOpener).use(remarkHtml, { sanitize: schema });

/** Markdown to sanitized HTML. Costly (~2 ms a file): only entry pages call it. */
export async function renderMarkdown(markdown: string): Promise<string> {
  return String(await processor.process(markdown));
}
