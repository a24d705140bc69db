import { normalizeName } from "@/lib/search/normalize-name";
import { boundedEditDistance } from "@/lib/search/edit-distance";
import type { IndexEntry } from "@/lib/search/search-index";
import { deriveTasks, taskSearchTerms } from "@/lib/search/tasks";

/**
 * Name search for the catalog, ranked in tiers (lower is better):
 *   0 exact name · 1 exact alias · 2 name prefix · 3 alias prefix · 4 name or alias contains the
 *   query · 5 one or two typos · 6 a keyword or task (topic word: "tts", "text-to-image") · 7 organization
 *   · 8 loose: a one- or two-character query inside a name ("o1" in "HowTo100M"), or a query inside a
 *   word of an organization's name; these are coincidences, so they rank below every real match.
 * Tiers 0–4 mean an entry is named like the query; the rest are alternatives, which /models labels.
 * An exact alias ranks above a name prefix: an alias is another spelling of the whole name, so
 * "sd" finds Stable Diffusion before SDXL.
 * A general-purpose fuzzy library scores by edit distance alone, which puts "Imagen Video" level with
 * "Imagen" for the query "imagen"; explicit tiers keep exact and prefix matches on top.
 * Candidates for the costly tiers come from a bigram index, so a keystroke stays in the low
 * milliseconds at 10,000 entries.
 * Chinese: a Chinese character says about as much as two letters, so length thresholds count it
 * twice ("通义" is a real contains match, not a coincidence); and since a Chinese name is typed
 * through an input method, a different character is a different word, never a typo.
 */

export const TIERS = {
  exactName: 0,
  exactAlias: 1,
  namePrefix: 2,
  aliasPrefix: 3,
  contains: 4,
  typo: 5,
  keyword: 6,
  organization: 7,
  loose: 8,
} as const;

export type Tier = (typeof TIERS)[keyof typeof TIERS];

/** Whether a hit is an entry named like the query (name or alias), rather than an alternative. */
export const isNamedTier = (tier: number) => tier <= TIERS.contains;

/** Which kind of alternative a tier is, for /models to label it; a named match has none. */
export type AlternativeKind = "typo" | "keyword" | "organization" | "loose";

export function alternativeKind(tier: Tier): AlternativeKind | undefined {
  if (tier === TIERS.typo) return "typo";
  if (tier === TIERS.keyword) return "keyword";
  if (tier === TIERS.organization) return "organization";
  if (tier === TIERS.loose) return "loose";
  return undefined;
}

const ENGLISH_ALTERNATIVE_LABELS: Record<AlternativeKind, string> = {
  typo: "Similar name",
  keyword: "Topic or task",
  organization: "Organization",
  loose: "Contains “{query}”",
};

/** How /models labels an alternative, by tier; a named match needs no label. Pass `labels` for another language. */
export function alternativeLabel(tier: Tier, query: string, labels: Record<AlternativeKind, string> = ENGLISH_ALTERNATIVE_LABELS): string | undefined {
  const kind = alternativeKind(tier);
  return kind && labels[kind].replace("{query}", query.trim());
}

// CJK ideographs (with extension A and compatibility forms), kana and Hangul.
const WIDE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/** A query's length for the thresholds: a Chinese character counts as two letters. */
function weightedLength(text: string): number {
  let length = 0;
  for (const char of text) length += WIDE.test(char) ? 2 : 1;
  return length;
}

// Queries this short are found inside many unrelated names by chance.
const SHORT_CONTAINS = 2;

const SHORT_QUERY = 6;

export type SearchHit = { entry: IndexEntry; tier: Tier; score: number };

type Key = { text: string; entry: number; isName: boolean };

export type Searcher = { search(query: string): SearchHit[] };

function bigrams(text: string): string[] {
  const grams: string[] = [];
  for (let i = 0; i < text.length - 1; i++) grams.push(text.slice(i, i + 2));
  return grams;
}

function typoLimit(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

function organizationNameKeys(name: string): { whole: string; wordStarts: string[] } {
  const words = name.split(/[\s\-/]+/).filter(Boolean);
  return { whole: normalizeName(name), wordStarts: words.map((_, i) => normalizeName(words.slice(i).join(" "))) };
}

export function createSearcher(entries: IndexEntry[]): Searcher {
  const keys: Key[] = [];
  entries.forEach((entry, index) => {
    keys.push({ text: normalizeName(entry.name), entry: index, isName: true });
    for (const alias of entry.aliases) keys.push({ text: normalizeName(alias), entry: index, isName: false });
    // A variant's name finds its family entry, ranked like another spelling of it.
    for (const variant of entry.variants) keys.push({ text: normalizeName(variant), entry: index, isName: false });
  });
  const postings = new Map<string, number[]>();
  keys.forEach((key, keyIndex) => {
    for (const gram of new Set(bigrams(key.text))) {
      let list = postings.get(gram);
      if (!list) postings.set(gram, (list = []));
      list.push(keyIndex);
    }
  });
  // Keys by first character: short queries look for typos only among keys that start like them.
  const byFirst = new Map<string, number[]>();
  keys.forEach((key, keyIndex) => {
    let list = byFirst.get(key.text[0]);
    if (!list) byFirst.set(key.text[0], (list = []));
    list.push(keyIndex);
  });
  const sortNames = entries.map((entry) => entry.name.toLowerCase());
  // Each organization name as its words' normalized tails ("Chinese Academy of Sciences" →
  // "chineseacademyofsciences", "academyofsciences", …): a query matching at a word start is a real
  // organization match; one inside a word ("ai" in "Baidu") is only a loose one.
  // A Chinese index also keeps the English names, so "Baidu" finds 百度's entries there too.
  const organizations = entries.map((entry) => [...entry.organizations, ...(entry.organizationKeys ?? [])].map(organizationNameKeys));
  // Task names derived from the modalities ("text-to-image", "vlm", "文生图") are searched as topic
  // words, in both languages whatever the index's language.
  const keywords = entries.map((entry) =>
    [...entry.keywords, ...taskSearchTerms(deriveTasks(entry.input, entry.output, entry.keywords, "zh"))].map(normalizeName),
  );
  const shared = new Int32Array(keys.length);

  function search(query: string): SearchHit[] {
    const q = normalizeName(query);
    if (q === "") return [];
    const best = new Map<number, { tier: Tier; score: number }>();
    const offer = (entry: number, tier: Tier, score: number) => {
      const current = best.get(entry);
      if (!current || tier < current.tier || (tier === current.tier && score < current.score)) best.set(entry, { tier, score });
    };

    // Count, per key, how many of the query's bigrams it has: the filter for contains and typos.
    const queryGrams = [...new Set(bigrams(q))];
    const touched: number[] = [];
    for (const gram of queryGrams) {
      for (const keyIndex of postings.get(gram) ?? []) {
        if (shared[keyIndex] === 0) touched.push(keyIndex);
        shared[keyIndex]++;
      }
    }
    // The length thresholds below compare letters; a Chinese character counts as two.
    const size = weightedLength(q);
    const limit = size !== q.length ? 0 : typoLimit(q.length);
    // Each edit breaks at most three bigrams (a swap of neighbours), so fewer shared means too far.
    const typoThreshold = Math.max(1, queryGrams.length - 3 * limit);

    const exactOrPrefix = (key: Key) => {
      if (key.text === q) offer(key.entry, key.isName ? TIERS.exactName : TIERS.exactAlias, key.text.length);
      else if (key.text.startsWith(q)) offer(key.entry, key.isName ? TIERS.namePrefix : TIERS.aliasPrefix, key.text.length);
    };
    if (q.length < 2) keys.forEach(exactOrPrefix);

    const tryTypo = (key: Key) => {
      const whole = boundedEditDistance(q, key.text, limit);
      // Against the key's first letters too, so a typo is forgiven while the name is still being typed.
      const start = boundedEditDistance(q, key.text.slice(0, q.length), limit) + 0.5;
      const distance = Math.min(whole, start);
      if (distance <= limit + 0.5) offer(key.entry, TIERS.typo, distance * 100 + key.text.length);
    };

    for (const keyIndex of touched) {
      const key = keys[keyIndex];
      const count = shared[keyIndex];
      shared[keyIndex] = 0;
      if (count === queryGrams.length) {
        exactOrPrefix(key);
        if (key.text.includes(q)) offer(key.entry, size <= SHORT_CONTAINS ? TIERS.loose : TIERS.contains, key.text.length);
      }
      if (limit > 0 && q.length > SHORT_QUERY && count >= typoThreshold) tryTypo(key);
    }

    // Short queries have too few bigrams for that filter ("gtp4" shares none with "gpt4"), so
    // they try the keys that start with the query's first letter, or its second (a swapped start).
    if (limit > 0 && q.length <= SHORT_QUERY) {
      for (const first of new Set([q[0], q[1]])) {
        for (const keyIndex of byFirst.get(first) ?? []) tryTypo(keys[keyIndex]);
      }
    }

    // Topic words: whole-word matches, or a prefix of three characters or more ("reason" for "reasoning").
    keywords.forEach((words, entry) => {
      if (words.some((word) => word === q || (size >= 3 && word.startsWith(q)))) offer(entry, TIERS.keyword, 0);
    });

    organizations.forEach((orgs, entry) => {
      if (orgs.some((org) => org.wordStarts.some((tail) => tail.startsWith(q)))) offer(entry, TIERS.organization, 0);
      else if (size >= 3 && orgs.some((org) => org.whole.includes(q))) offer(entry, TIERS.loose, 1);
    });

    // Plain comparison, not localeCompare: a one-letter query can match thousands of entries.
    return [...best]
      .sort(([a, x], [b, y]) => x.tier - y.tier || x.score - y.score || (sortNames[a] < sortNames[b] ? -1 : sortNames[a] > sortNames[b] ? 1 : 0))
      .map(([entry, { tier, score }]) => ({ entry: entries[entry], tier, score }));
  }

  return { search };
}

const searchers = new WeakMap<IndexEntry[], Searcher>();

/** Ranked hits for `query`, each with its tier, best first. The prepared index is cached per entries array. */
export function searchHits(entries: IndexEntry[], query: string): SearchHit[] {
  let searcher = searchers.get(entries);
  if (!searcher) searchers.set(entries, (searcher = createSearcher(entries)));
  return searcher.search(query);
}

/** Ranked entries matching `query`, best first. */
export function searchIndex(entries: IndexEntry[], query: string): IndexEntry[] {
  return searchHits(entries, query).map((hit) => hit.entry);
}
