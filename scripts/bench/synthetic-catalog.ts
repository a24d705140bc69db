import fs from "node:fs";
import path from "node:path";

// Synthetic but realistic entries: names with versions and suffixes, aliases, several organizations,
// every modality and kind, sourced fields and citations, each with its Chinese text. Written as real
// content files so the real loader and validator read them.

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
costs for a real entry, with a [link to another entry](/models/SLUG) and a short list.[^paper]

- what it is and how it works;
- why it mattered and what came before;
- what came after it.

A second paragraph says more about the method, the data it was trained on and the way it was evaluated,
so that the text reaches the length a real entry has. It compares the model with the entries that came
before it, names what changed in the architecture and the training recipe, and says which claims the
paper makes and which ones other groups later confirmed or disputed, as an entry in the catalog does.[^paper]
`;

const LOREM_ZH = `这是为衡量目录规模而生成的合成条目。它描述一个输入一种模态、输出另一种模态的生成模型，用标准方法在大型语料上训练，并随论文和模型卡一起发布。正文的长度足以让 Markdown 渲染的开销与真实条目相当，其中有一个[指向另一条目的链接](/models/SLUG)和一个简短的列表。[^paper]

- 它是什么、如何工作；
- 它为何重要、之前有什么；
- 之后出现了什么。

第二段进一步介绍方法、训练数据和评测方式，使正文达到真实条目的长度。它把该模型与之前的条目相比较，说明架构和训练方法的变化，并指出论文提出了哪些主张、其他团队后来证实或质疑了哪些。[^paper]
`;

export function writeSyntheticCatalog(dir: string, count: number, repoContent: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const folder of ["models", "organizations", "modalities", "eras", "milestones", "pages"]) fs.mkdirSync(path.join(dir, folder), { recursive: true });
  const orgSlug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  for (const name of ORGS) {
    fs.writeFileSync(path.join(dir, "organizations", `${orgSlug(name)}.md`), `---\nname: "${name}"\ncountry: US\ntype: industry\n---\n`);
  }
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
    const params =
      i % 3 === 0
        ? "\n  value: undisclosed"
        : kind === "model"
          ? `\n  value: ${(i % 500 + 1) * 1_000_000}\n  source: paper`
          : "\n  value: not-applicable";
    const open = kind === "model" ? ["yes", "no", "partial"][i % 3] : "not-applicable";
    // Families of 14, one generation a year from 2012 to 2025, as successors must come after their
    // predecessors (the validator checks); one endless chain would also be one 10,000-entry family.
    const related = i % 14 > 0 ? `\nrelated:\n  - type: successor-of\n    slug: ${slugs[i - 1]}` : "";
    const front = `---
name: "${name}"
aliases: ["${name.replace(/[ -]/g, "")}"]
kind: ${kind}
organizations: [${orgSlug(ORGS[i % ORGS.length])}${i % 4 === 0 ? `, ${orgSlug(ORGS[(i + 5) % ORGS.length])}` : ""}]
released:
  date: "${year}-${month}"
  source: paper
modalities:
  input: [${input}]
  output: [${output}${i % 6 === 0 ? `, ${MEDIA[(i + 2) % 5]}` : ""}]
architecture: ${ARCHS[i % ARCHS.length]}
parameters:${params}
openWeights: "${open}"${related}
summary: "${name} is synthetic entry number ${i}, a ${input}-to-${output} ${kind} used to measure the catalog at scale."
verified: "2026-01-01"
sources:
  - id: paper
    title: "${name} paper"
    url: https://example.org/papers/${slug}
---
`;
    const previous = slugs[Math.max(0, i - 1)];
    fs.writeFileSync(path.join(dir, "models", `${slug}.md`), front + LOREM.replace("SLUG", previous));
    fs.writeFileSync(
      path.join(dir, "models", `${slug}.zh.md`),
      `---\nsummary: "${name} 是第 ${i} 个合成条目，用于衡量目录的规模。"\n---\n${LOREM_ZH.replace("SLUG", previous)}`,
    );
  }
}
