import { parse, type DefaultTreeAdapterTypes } from "parse5";

/**
 * Exported HTML read the way a browser reads it (parse5 implements the HTML standard's parser), so
 * checks do not depend on how Next.js happens to quote or order attributes.
 */
export type HtmlElement = {
  tag: string;
  attr: (name: string) => string | null;
  /** The element's text content, for <script> and <title>. */
  text: () => string;
  /** Whether the element sits inside <head>. */
  inHead: boolean;
};

type Node = DefaultTreeAdapterTypes.Node;

function isElement(node: Node): node is DefaultTreeAdapterTypes.Element {
  return "tagName" in node;
}

function textOf(node: Node): string {
  if (node.nodeName === "#text" && "value" in node) return node.value;
  return "childNodes" in node ? node.childNodes.map(textOf).join("") : "";
}

/** Every element of the document, in document order (template contents included). */
export function elements(html: string): HtmlElement[] {
  const found: HtmlElement[] = [];
  const visit = (node: Node, inHead: boolean) => {
    let head = inHead;
    if (isElement(node)) {
      head = inHead || node.tagName === "head";
      const attrs = node.attrs;
      found.push({
        tag: node.tagName,
        attr: (name) => attrs.find((a) => a.name === name)?.value ?? null,
        text: () => textOf(node),
        inHead: head,
      });
      if ("content" in node) visit(node.content, head);
    }
    if ("childNodes" in node) for (const child of node.childNodes) visit(child, head);
  };
  // Scripting off, as a crawler without JavaScript reads the page: <noscript> content is markup
  // (its links are checked too), not text.
  visit(parse(html, { scriptingEnabled: false }), false);
  return found;
}
