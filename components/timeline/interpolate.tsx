import { Fragment, type ReactNode } from "react";

/**
 * A message with elements in it: "{link} says:" with { link: <Link …/> } gives the link and the
 * text around it, in the order the language puts them. Text placeholders are filled as fill() does;
 * an unknown one stays visible.
 */
export function interpolate(template: string, values: Record<string, ReactNode>): ReactNode {
  return template.split(/(\{\w+\})/).map((part, i) => {
    const key = /^\{(\w+)\}$/.exec(part)?.[1];
    return <Fragment key={i}>{key !== undefined && key in values ? values[key] : part}</Fragment>;
  });
}
