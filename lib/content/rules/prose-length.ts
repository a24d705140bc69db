import { wordCount } from "../prose";
import type { ContentRule } from "./types";

// CONTRIBUTING.md promises 120–400 words: enough to explain an entry, short enough to read.
export const MIN_WORDS = 120;
export const MAX_WORDS = 400;
// Chinese prose is counted in characters; a faithful translation of 120–400 English words
// runs to roughly 200–1,000 of them, so the bounds leave room on both sides.
export const MIN_CHINESE_CHARACTERS = 150;
export const MAX_CHINESE_CHARACTERS = 1400;

/** Entry prose is 120–400 words in English, 150–1,400 characters in Chinese. */
export const proseLength: ContentRule = ({ content }) => {
  const problems = [];
  for (const { file, body } of content.models) {
    const words = wordCount(body);
    if (words < MIN_WORDS || words > MAX_WORDS) {
      problems.push({ file, field: "", message: `has ${words} words of prose; an entry needs ${MIN_WORDS} to ${MAX_WORDS}.` });
    }
  }
  for (const { file, body } of content.modelTranslations) {
    const characters = wordCount(body);
    if (characters < MIN_CHINESE_CHARACTERS || characters > MAX_CHINESE_CHARACTERS) {
      problems.push({ file, field: "", message: `has ${characters} characters of prose; a Chinese text needs ${MIN_CHINESE_CHARACTERS} to ${MAX_CHINESE_CHARACTERS}.` });
    }
  }
  return problems;
};
