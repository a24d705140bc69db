import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import { defaultSchema, type Schema } from "hast-util-sanitize";
import { visit } from "unist-util-visit";
import type { PhrasingContent, Root } from "mdast";
import { VFile } from "vfile";
import { localizeHref, type Locale } from "@/lib/i18n/locales";

// GitHub's sanitize schema (no script, iframe, event handlers or javascript: URLs), plus `rel`
// on links so external ones can carry noopener. Ids are kept as written (not prefixed with
// "user-content-"): the prose comes from reviewed repository files, and its headings and citations
// are link targets ("/about#report-an-error"); `name` is still clobbered.
const schema: Schema = {
  ...defaultSchema,
  clobber: ["name"],
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

/** A cited source as the prose shows it: `[^id]` becomes a numbered link to the source list. */
export type CitedSource = {
  id: string;
  number: number;
  /** Where the citation points: the page's source list (default) or, where the page has none, the source itself. */
  href?: string;
};

declare module "vfile" {
  interface DataMap {
    /** The sources `[^id]` citations in this file may name. */
    sources: CitedSource[];
    /** The page's language: links to other pages of the site stay in it. */
    locale: Locale;
  }
}

export const citationAnchor = (id: string, occurrence: number) => `cite-${id}-${occurrence}`;

// The sources travel with each file (file.data), so one processor, built once, serves every page.
function citationLinks() {
  return (tree: Root, file: VFile) => {
    const sources = file.data.sources ?? [];
    if (sources.length === 0) return;
    const byId = new Map(sources.map((source) => [source.id, source]));
    const seen = new Map<string, number>();
    visit(tree, "text", (node, index, parent) => {
      if (!parent || index === undefined || !node.value.includes("[^")) return;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(/\[\^([a-z0-9-]+)\]/g)) {
        const source = byId.get(match[1]);
        if (source === undefined) continue;
        const occurrence = (seen.get(match[1]) ?? 0) + 1;
        seen.set(match[1], occurrence);
        if (match.index > last) parts.push({ type: "text", value: node.value.slice(last, match.index) });
        parts.push({
          type: "emphasis",
          data: { hName: "sup", hProperties: { id: citationAnchor(match[1], occurrence), className: ["citation"] } },
          children: [{ type: "link", url: source.href ?? `#source-${match[1]}`, children: [{ type: "text", value: `[${source.number}]` }] }],
        });
        last = match.index + match[0].length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: "text", value: node.value.slice(last) });
      parent.children.splice(index, 1, ...parts);
      return index + parts.length;
    });
  };
}

/** Prose links such as [GPT-4](/models/gpt-4) lead to the Chinese page from a Chinese text. */
function localizedLinks() {
  return (tree: Root, file: VFile) => {
    const locale = file.data.locale ?? "en";
    if (locale === "en") return;
    visit(tree, "link", (node) => {
      node.url = localizeHref(locale, node.url);
    });
  };
}

const EXPLICIT_ID = /\s*\{#([a-z0-9-]+)\}\s*$/;

/**
 * "Report an error" -> id "report-an-error", so every heading is a link target. A heading may name
 * its id, "## 报告错误 {#report-an-error}", so that a translated page keeps the English page's
 * anchors and a link such as /about#report-an-error works in both languages.
 */
function headingIds() {
  return (tree: Root) => {
    visit(tree, "heading", (node) => {
      const last = node.children.at(-1);
      const explicit = last?.type === "text" ? EXPLICIT_ID.exec(last.value) : null;
      if (last?.type === "text" && explicit) last.value = last.value.slice(0, explicit.index);
      const text = node.children.map((child) => ("value" in child ? child.value : "")).join("");
      const id = explicit?.[1] ?? text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
      if (id) node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    });
  };
}

// Citations first, so that a citation pointing straight at a source gets noopener like any external link.
const processor = remark()
  .use(remarkGfm)
  .use(citationLinks)
  .use(externalLinksNoOpener)
  .use(localizedLinks)
  .use(headingIds)
  .use(remarkHtml, { sanitize: schema });

/** Markdown to sanitized HTML, with `[^id]` citations of `sources` as numbered links. Costly (~2 ms a file): only the page that shows the prose calls it. */
export async function renderMarkdown(markdown: string, sources: CitedSource[] = [], locale: Locale = "en"): Promise<string> {
  return String(await processor.process(new VFile({ value: markdown, data: { sources, locale } })));
}

/** How many times the prose cites each source, for the source list's back-links. */
export function citationCounts(markdown: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of markdown.matchAll(/\[\^([a-z0-9-]+)\]/g)) counts.set(match[1], (counts.get(match[1]) ?? 0) + 1);
  return counts;
}
