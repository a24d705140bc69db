import type { ContentProblem } from "@/lib/content/content-errors";
import { normalizeName } from "@/lib/search/normalize-name";
import type { ContentRule } from "./types";

/** A name or alias finds one entry only, so no two entries may share one (compared normalized). */
export const uniqueNames: ContentRule = ({ content }) => {
  const problems: ContentProblem[] = [];
  const owners = new Map<string, { file: string; label: string }>();
  const claim = (file: string, field: string, label: string) => {
    const key = normalizeName(label);
    const owner = owners.get(key);
    if (owner && owner.file !== file) {
      problems.push({ file, field, message: `is "${label}", which ${owner.file} already uses as "${owner.label}". Names and aliases must be unique.` });
    } else if (!owner) owners.set(key, { file, label });
  };
  for (const { file, data } of content.models) {
    claim(file, "name", data.name);
    data.aliases.forEach((alias, i) => claim(file, `aliases[${i}]`, alias));
  }
  return problems;
};
