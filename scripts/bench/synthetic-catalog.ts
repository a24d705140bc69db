import fs from "node:fs";
import path from "node:path";

// Synthetic but realistic entries: names with versions and suffixes, aliases, several organizations,
// every modality and kind. Written as real content files so the real loader reads them.

const STEMS = ["Nova", "Orion", "Lumen", "Atlas", "Vega", "Helix", "Quartz", "Sable", "Tempo", "Echo", "Pixel", "Vox",
  "Muse", "Zephyr", "Aurora", "Cobalt", "Drift", "Ember", "Fable", "Glint", "Halo", "Iris", "Jade", "Kite", "Loom"];
const SUFFIXES = ["", "LM", "Diffusion", "Vision", "Voice", "Gen", "Chat", "Coder", "Video", "Music", "Agent", "XL"];
const ORGS = ["OpenAI", "Google DeepMind", "Meta AI", "Anthropic", "Stability AI", "Microsoft Research", "NVIDIA",
  "Baidu", "Alibaba", "Tencent", "Mistral AI", "ByteDance", "Runway", "Adobe", "Hugging Face", "Tsinghua University"];
const MEDIA = ["text", "image", "audio", "video", "embodied"];
const KINDS = ["model", "model", "model", "product", "technique", "dataset"];
const ARCHS = ["transformer", "diffusion", "gan", "vae", "cnn", "rnn", "mixture-of-experts"];

export function syntheticName(i: number): string {
  const stem = STEMS[i % STEMS.length];
  const suffix = SUFFIXES[Math.floor(i / STEMS.length) % SUFFIXES.length];
  const version = Math.floor(i / (STEMS.length * SUFFIXES.length)) + 1;
  return [stem, suffix, `${version}`].filter(Boolean).join(" ").replace(/ (\d+)$/, "-$1");
}

const LOREM = `This synthetic entry exists to measure the catalog at scale. It describes a generative model
that takes one modality in and puts another out, trained on a large corpus with a standard recipe, and
released with a paper and a model card. The prose is long enough to make Markdown rendering cost what it
costs for a real entry, with a [link to another entry](/models/SLUG) and a short list:

- what it is and how it works;
- why it mattered and what came before;
- what came after it.
`;

export function writeSyntheticCatalog(dir: string, count: number, repoContent: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const folder of ["models", "modalities", "eras", "milestones", "pages"]) fs.mkdirSync(path.join(dir, folder), { recursive: true });
  // The real modalities, eras and pages, with their prose replaced: it links to real entries.
  for (const folder of ["modalities", "eras", "pages"]) {
    for (const file of fs.readdirSync(path.join(repoContent, folder))) {
      const text = fs.readFileSync(path.join(repoContent, folder, file), "utf8");
      const frontMatter = text.slice(0, text.indexOf("\n---", 3) + 5);
      fs.writeFileSync(path.join(dir, folder, file), `${frontMatter}\nSynthetic prose for the benchmark.\n`);
    }
  }
  const slugs: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = syntheticName(i);
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    slugs.push(slug);
    const input = MEDIA[i % 5];
    const output = MEDIA[(i * 7 + 1) % 5];
    const kind = KINDS[i % KINDS.length];
    const year = 2012 + (i % 14);
    const month = String((i % 12) + 1).padStart(2, "0");
    const params = i % 3 === 0 ? "undisclosed" : kind === "model" ? String((i % 500 + 1) * 1_000_000) : "not-applicable";
    const open = kind === "model" ? ["yes", "no", "partial"][i % 3] : "not-applicable";
    const related = i > 0 ? `\nrelated:\n  - type: successor-of\n    slug: ${slugs[i - 1]}` : "";
    const front = `---
name: "${name}"
aliases: ["${name.replace(/[ -]/g, "")}"]
kind: ${kind}
organizations: ["${ORGS[i % ORGS.length]}"${i % 4 === 0 ? `, "${ORGS[(i + 5) % ORGS.length]}"` : ""}]
released: "${year}-${month}"
modalities:
  input: [${input}]
  output: [${output}${i % 6 === 0 ? `, ${MEDIA[(i + 2) % 5]}` : ""}]
architecture: ${ARCHS[i % ARCHS.length]}
parameters: ${params}
openWeights: "${open}"${related}
summary: "${name} is synthetic entry number ${i}, a ${input}-to-${output} ${kind} used to measure the catalog at scale."
sources:
  - title: "${name} paper"
    url: https://example.org/papers/${slug}
---
`;
    fs.writeFileSync(path.join(dir, "models", `${slug}.md`), front + LOREM.replace("SLUG", slugs[Math.max(0, i - 1)]));
  }
}
