import { describe, expect, it } from "vitest";
import { getCatalog } from "@/lib/catalog";
import { buildSearchIndex, type IndexEntry } from "@/lib/search/search-index";
import { createSearcher, isNamedTier, searchHits, searchIndex, TIERS } from "@/lib/search/search";
import { searchIndexIn } from "@/lib/search/localized-index";

// Ranking is checked against the real catalog: these are the queries people actually type.
const index = buildSearchIndex(getCatalog());
const first = (query: string) => searchIndex(index, query)[0]?.slug;
const rank = (query: string, slug: string) => searchIndex(index, query).findIndex((entry) => entry.slug === slug);

const EXPECTED_FIRST: [query: string, slug: string][] = [
  ["gpt4", "gpt-4"],
  ["GPT 4", "gpt-4"],
  ["GPT-4", "gpt-4"],
  ["gtp4", "gpt-4"],
  ["palm e", "palm-e"],
  ["PaLM-E", "palm-e"],
  ["dalle", "dall-e"],
  ["DALL·E 2", "dall-e-2"],
  ["dall-e 2", "dall-e-2"],
  ["copy.ai", "copy-ai"],
  ["copyai", "copy-ai"],
  ["stabel diffusion", "stable-diffusion"],
  ["stable diff", "stable-diffusion"],
  ["Stable Diffusion", "stable-diffusion"],
  ["sd", "stable-diffusion"],
  ["imagen", "imagen"],
  ["imagen video", "imagen-video"],
  ["midjurney", "midjourney"],
  ["chat gpt", "chatgpt"],
  ["llama", "llama"],
  ["wave net", "wavenet"],
  ["ht100m", "howto100m"],
  ["alex", "alexnet"],
  // The second wave: what people search for in 2026, in English and Chinese, lands on the right
  // generation; a version that is a variant lands on its family entry, never on an older generation.
  ["flux", "flux-1"],
  ["veo", "veo"],
  ["suno", "suno"],
  ["kling", "kling"],
  ["qwen", "qwen"],
  ["mistral", "mistral-7b"],
  ["gpt-4 turbo", "gpt-4-turbo"],
  ["claude 3.5", "claude-3-5-sonnet"],
  ["gemini 1.5", "gemini-1-5"],
  ["gemini 2.5", "gemini-2-5"],
  ["llama 4", "llama-4"],
  ["llama 3.1", "llama-3"],
  ["sd3", "stable-diffusion-3"],
  ["midjourney v6", "midjourney"],
  ["sora 2", "sora-2"],
  ["文心一言", "ernie-bot"],
  ["通义千问", "qwen"],
  ["可灵", "kling"],
  ["豆包", "doubao"],
  ["混元", "hunyuan"],
];

// Topic words (task names and their abbreviations): the entries that perform the task are found,
// below any entry named like the query.
const EXPECTED_AMONG: [query: string, slugs: string[]][] = [
  ["text-to-image", ["stable-diffusion", "imagen", "dall-e-3", "midjourney"]],
  ["text to image", ["stable-diffusion", "flux-1"]],
  ["vlm", ["llava", "gpt-4v", "blip-2", "qwen-vl"]],
  ["tts", ["wavenet", "tacotron-2", "vall-e"]],
  ["speech", ["whisper", "wavenet", "seamlessm4t"]],
  ["vla", ["openvla", "rt-2", "pi-0"]],
];

describe("search ranking", () => {
  it.each(EXPECTED_AMONG)("%s finds %j", (query, slugs) => {
    const found = searchIndex(index, query).map((entry) => entry.slug);
    expect(found).toEqual(expect.arrayContaining(slugs));
  });

  it.each(EXPECTED_FIRST)("%s → %s first", (query, slug) => {
    expect(first(query)).toBe(slug);
  });

  it("finds a PanGu model for 盘古", () => {
    expect(["pangu-alpha", "pangu-3"]).toContain(first("盘古"));
  });

  it("puts an exact name above longer names that start with it", () => {
    expect(rank("imagen", "imagen")).toBeLessThan(rank("imagen", "imagen-video"));
    expect(rank("llama", "llama")).toBeLessThan(rank("llama", "llama-2"));
  });

  it("puts Stable Diffusion above its successors for a partial name", () => {
    expect(rank("stable diff", "stable-diffusion")).toBeLessThan(rank("stable diff", "sdxl"));
  });

  it("finds entries by organization, after name matches", () => {
    const results = searchIndex(index, "deepmind");
    expect(results.length).toBeGreaterThan(2);
    expect(results.every((entry) => entry.organizations.some((org) => /deepmind/i.test(org)) || /deepmind/i.test(entry.name + entry.aliases.join(" ")))).toBe(true);
  });

  it("returns nothing for an empty query or pure punctuation", () => {
    expect(searchIndex(index, "")).toEqual([]);
    expect(searchIndex(index, " - . ")).toEqual([]);
  });

  it("ranks a short query's coincidences inside a name below every real match", () => {
    const hits = searchHits(index, "o1");
    expect(hits[0].entry.slug).toBe("o1");
    const howto = hits.find((hit) => hit.entry.slug === "howto100m");
    expect(howto?.tier).toBe(TIERS.loose);
    expect(hits.filter((hit) => hit.tier > TIERS.loose)).toEqual([]);
  });

  it("names nothing for a generic word found only in topics and organization names", () => {
    const hits = searchHits(index, "chinese");
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((hit) => isNamedTier(hit.tier))).toBe(false);
    // Entries tagged with the topic come before those whose organization's name merely contains it.
    const lastTopic = hits.findLastIndex((hit) => hit.tier === TIERS.keyword);
    const firstOrganization = hits.findIndex((hit) => hit.tier >= TIERS.organization);
    if (firstOrganization >= 0) expect(lastTopic).toBeLessThan(firstOrganization);
  });

  it("does not match unrelated names for a nonsense query", () => {
    expect(searchIndex(index, "qqqqzzzz")).toEqual([]);
  });
});

describe("search tiers", () => {
  const entry = (slug: string, name: string, aliases: string[] = [], organizations = ["Lab"]): IndexEntry => ({
    slug, name, aliases, organizations, variants: [], keywords: [], countries: [], kind: "model", released: "2020", year: 2020, era: null, input: ["text"],
    output: ["text"], modalitySlugs: ["text"], architecture: "transformer", openWeights: "no", parameters: null, summary: "",
  });
  const searcher = createSearcher([
    entry("nova-x", "Nova X"),
    entry("nova", "Nova", ["NV"]),
    entry("supernova", "SuperNova"),
    entry("other", "Other", [], ["Nova Labs"]),
  ]);
  const tiers = (query: string) => Object.fromEntries(searcher.search(query).map((hit) => [hit.entry.slug, hit.tier]));

  it("orders exact name, name prefix, contains and organization", () => {
    expect(searcher.search("nova").map((hit) => hit.entry.slug)).toEqual(["nova", "nova-x", "supernova", "other"]);
    expect(tiers("nova")).toEqual({ nova: TIERS.exactName, "nova-x": TIERS.namePrefix, supernova: TIERS.contains, other: TIERS.organization });
  });

  it("matches aliases exactly", () => {
    expect(tiers("nv").nova).toBe(TIERS.exactAlias);
  });

  it("matches an organization at the start of one of its words, not inside a word", () => {
    expect(tiers("labs").other).toBe(TIERS.organization);
    expect(tiers("abs").other).toBe(TIERS.loose);
  });

  it("ranks a one- or two-letter query inside a name as loose, below organizations", () => {
    expect(tiers("ov").nova).toBe(TIERS.loose);
    expect(tiers("no").nova).toBe(TIERS.namePrefix);
  });

  it("forgives a typo while the name is still being typed", () => {
    expect(tiers("supernvoa").supernova).toBe(TIERS.typo);
    expect(tiers("supren").supernova).toBe(TIERS.typo);
  });
});

// The Chinese page searches the Chinese index: Chinese names (English ones kept as aliases), and
// task words in Chinese. Characters, prefixes and contained words all find the entry.
describe("search ranking on the Chinese index", () => {
  const zh = searchIndexIn("zh");
  const firstZh = (query: string) => searchIndex(zh, query)[0]?.slug;
  const tierZh = (query: string, slug: string) => searchHits(zh, query).find((hit) => hit.entry.slug === slug)?.tier;

  const EXPECTED_FIRST_ZH: [query: string, slug: string][] = [
    ["文心一言", "ernie-bot"],
    ["文心", "ernie-bot"],
    ["一言", "ernie-bot"],
    ["通义", "qwen"],
    ["通义千问", "qwen"],
    ["千问", "qwen"],
    ["可灵", "kling"],
    ["豆包", "doubao"],
    ["混元", "hunyuan"],
    ["星火", "spark"],
    // English names stay searchable on the Chinese page.
    ["ERNIE Bot", "ernie-bot"],
    ["kling", "kling"],
    ["gpt4", "gpt-4"],
    ["stabel diffusion", "stable-diffusion"],
  ];

  it.each(EXPECTED_FIRST_ZH)("%s → %s first", (query, slug) => {
    expect(firstZh(query)).toBe(slug);
  });

  it("finds a PanGu model for 盘古 by its Chinese name", () => {
    expect(["pangu-alpha", "pangu-3"]).toContain(firstZh("盘古"));
    expect(tierZh("盘古", "pangu-3")).toBe(TIERS.namePrefix);
  });

  it("treats a two-character Chinese word inside a name as a real match, not a coincidence", () => {
    expect(tierZh("一言", "ernie-bot")).toBe(TIERS.contains);
    expect(tierZh("千问", "qwen")).toBe(TIERS.contains);
  });

  it("does not take a different Chinese character for a typo", () => {
    expect(searchHits(zh, "文心一格").some((hit) => hit.entry.slug === "ernie-bot")).toBe(false);
  });

  it("shows Chinese names and summaries, and keeps the English name as an alias", () => {
    const ernie = zh.find((entry) => entry.slug === "ernie-bot");
    expect(ernie?.name).toBe("文心一言");
    expect(ernie?.aliases).toContain("ERNIE Bot");
    expect(ernie?.aliases).not.toContain("文心一言");
    expect(ernie?.summary).toMatch(/百度/);
    expect(ernie?.organizations).toEqual(["百度"]);
    expect(ernie?.organizationKeys).toEqual(["Baidu"]);
  });

  it("finds entries by a Chinese or an English organization name", () => {
    expect(searchIndex(zh, "百度").map((entry) => entry.slug)).toContain("ernie-bot");
    expect(searchIndex(zh, "Baidu").map((entry) => entry.slug)).toContain("ernie-bot");
  });

  const EXPECTED_AMONG_ZH: [query: string, slugs: string[]][] = [
    ["文生图", ["stable-diffusion", "midjourney", "dall-e-3"]],
    ["图生视频", ["kling", "stable-video-diffusion"]],
    ["文生视频", ["sora", "kling"]],
    ["语音合成", ["wavenet", "tacotron-2", "vall-e"]],
    ["语音识别", ["whisper"]],
    ["多模态", ["llava", "gpt-4v", "qwen-vl"]],
    ["具身智能", ["openvla", "rt-2", "pi-0"]],
  ];

  it.each(EXPECTED_AMONG_ZH)("%s finds %j as a topic", (query, slugs) => {
    const hits = searchHits(zh, query);
    for (const slug of slugs) expect(hits.find((hit) => hit.entry.slug === slug)?.tier, slug).toBe(TIERS.keyword);
  });

  it("keeps the English index in English", () => {
    expect(index.find((entry) => entry.slug === "ernie-bot")?.name).toBe("ERNIE Bot");
    expect(index.every((entry) => entry.organizationKeys === undefined)).toBe(true);
  });
});
