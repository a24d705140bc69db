// One-off: give every entry without an `added` date the day git first saw its file, so "Recently
// added", /changes and /feed.xml have dates for the entries written before the field existed.
// `npx tsx scripts/backfill-added.ts` writes the files; review the diff and commit it. After that,
// `added` lives in the front matter and the build never reads git history.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8" }).trim();

if (git("rev-parse", "--is-shallow-repository") === "true") {
  console.error("This clone is shallow, so git does not know when the older files were added. Run `git fetch --unshallow` first.");
  process.exit(1);
}

// One pass over the history, oldest commit first: the first day each file appears is its `added`.
const log = git("log", "--reverse", "--diff-filter=A", "--format=@%as", "--name-only", "--", "content/models");
const firstSeen = new Map<string, string>();
let day = "";
for (const line of log.split("\n")) {
  if (line.startsWith("@")) day = line.slice(1);
  else if (line && !firstSeen.has(line)) firstSeen.set(line, day);
}

let written = 0;
const folder = "content/models";
for (const name of fs.readdirSync(folder)) {
  if (!name.endsWith(".md") || name.endsWith(".zh.md") || name.startsWith("_")) continue;
  const file = path.join(folder, name);
  const text = fs.readFileSync(file, "utf8");
  if (/^added:/m.test(text)) continue;
  const added = firstSeen.get(file);
  if (!added) {
    console.warn(`${file}: not in git history yet (commit it first); left without \`added\`.`);
    continue;
  }
  const withDate = text.replace(/^(verified: .*)$/m, `$1\nadded: "${added}"`);
  if (withDate === text) {
    console.warn(`${file}: has no \`verified:\` line to put \`added\` after; left unchanged.`);
    continue;
  }
  fs.writeFileSync(file, withDate);
  written++;
}
console.log(`Added \`added\` to ${written} entries. Review with git diff, then run npm run validate.`);
