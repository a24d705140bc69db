import { Fragment, type ReactNode } from "react";

/**
 * fill() for a message whose placeholders are markup, such as links or code:
 * fillNodes("{json} is format version {version}", { json: <code>/catalog.json</code>, version: 2 }).
 * The translation decides where each piece goes, so no language's word order is built in.
 */
export function fillNodes(template: string, values: Record<string, ReactNode>): ReactNode {
  const parts = template.split(/\{(\w+)\}/);
  return parts.map((part, index) =>
    index % 2 === 0 ? part : <Fragment key={index}>{part in values ? values[part] : `{${part}}`}</Fragment>,
  );
}
