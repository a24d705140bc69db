import type { ReactNode } from "react";

/** A message with one element in it: "tick “Compare” on the {link}, or …" with {link} a <Link>. */
export function FillNode({ template, name, node }: { template: string; name: string; node: ReactNode }) {
  const [before, after = ""] = template.split(`{${name}}`);
  return (
    <>
      {before}
      {node}
      {after}
    </>
  );
}
