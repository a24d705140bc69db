// `npm run new -- "Model Name"`: starts content/models/<slug>.md and its Chinese text <slug>.zh.md
// from the templates.
import fs from "node:fs";
import path from "node:path";
import { slugify } from "../lib/slugify";

const name = process.argv.slice(2).join(" ").trim();
if (!name) {
  console.error('Give the entry\'s name, e.g. npm run new -- "Stable Diffusion 3"');
  process.exit(1);
}
const slug = slugify(name);
if (!slug) {
  console.error(`"${name}" has no letters or digits to make a file name from. Choose the slug yourself and copy content/models/_template.md.`);
  process.exit(1);
}
const models = path.join(process.cwd(), "content/models");
const target = path.join(models, `${slug}.md`);
if (fs.existsSync(target)) {
  console.error(`content/models/${slug}.md already exists. Edit it, or choose another name.`);
  process.exit(1);
}
const template = fs.readFileSync(path.join(models, "_template.md"), "utf8");
const body = template
  .replace(/^# .*\n(# .*\n)*/m, "")
  .replace(/^name: .*$/m, `name: ${JSON.stringify(name)}`)
  .replace(/^aliases: .*$/m, "aliases: []")
  // What's new lists the entry from this day; the editor corrects it if publishing takes longer.
  .replace(/^added: .*$/m, `added: "${new Date().toISOString().slice(0, 10)}"`);
fs.writeFileSync(target, body);
const translation = fs.readFileSync(path.join(models, "_template.zh.md"), "utf8").replace(/^# .*\n(# .*\n)*/m, "");
fs.writeFileSync(path.join(models, `${slug}.zh.md`), translation);
console.log(
  `Created content/models/${slug}.md and ${slug}.zh.md. Fill in every field from your sources, write both texts, then run npm run validate.`,
);
