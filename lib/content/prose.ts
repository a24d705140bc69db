// Reading prose for the validator: citations, paragraphs, word counts and stated figures.
// Plain string work, so the rules stay fast on thousands of files.

const CITATION = /\[\^([^\]\s]+)\]/g;

/** The source ids cited as `[^id]`, in order of first use. */
export function citationsIn(body: string): string[] {
  return [...new Set([...stripCode(body).matchAll(CITATION)].map((match) => match[1]))];
}

export function paragraphsOf(body: string): string[] {
  return body.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
}

function stripCode(text: string): string {
  return text.replace(/```[\s\S]*?```/g, " ").replace(/`[^`]*`/g, " ");
}

/** What a reader reads: no link targets, citations, code or Markdown punctuation. */
export function readableText(body: string): string {
  return stripCode(body)
    .replace(CITATION, " ")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/[#>*_[\]]/g, " ")
    .replace(/\s+/g, " ");
}

/** Words in English prose; in Chinese prose every Han character counts as one. */
export function wordCount(body: string): number {
  const text = readableText(body);
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.replace(/\p{Script=Han}/gu, " ").match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
  return han + words;
}

const YEAR = /(?<![\w.-])(1[89]\d\d|20\d\d)(?![\w-])/;
const UNITS = [
  "%", "per ?cent", "percent", "thousand", "million", "billion", "trillion", "[KMBT]", "hours?", "tokens?",
  "parameters?", "images?", "pairs", "seconds?", "minutes?", "languages?", "GPUs?", "TPUs?", "FLOPs?",
  "episodes?", "clips?", "words?", "times", "×", "亿", "万", "千", "小时", "秒", "分钟", "倍", "种语言",
];
// A number that stands alone (not the "4" of GPT-4) followed by a unit or magnitude.
const NUMBER_WITH_UNIT = new RegExp(`(?<![\\w.-])\\d[\\d,.]*\\s?(?:${UNITS.join("|")})(?![a-z])`, "i");
const QUOTED_FIGURE = /["“「][^"”」]{0,40}\d[^"”」]{0,40}["”」]/;

/**
 * The figure a paragraph states that needs a citation: a year, a number with a unit or
 * magnitude, or a quoted figure. Undefined when it states none.
 */
export function statedFigure(paragraph: string): string | undefined {
  const text = readableText(paragraph);
  for (const pattern of [YEAR, NUMBER_WITH_UNIT, QUOTED_FIGURE]) {
    const match = text.match(pattern);
    if (match) return match[0].trim();
  }
  return undefined;
}
