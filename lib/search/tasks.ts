/**
 * The task names people search for ("text-to-image", "speech-to-text", "vision-language-action"),
 * derived from what an entry takes in and puts out. Defined once here: list rows, entry pages and
 * search all read them from this file. Free of zod and of the catalog, so the browser can use it.
 */

import type { Locale } from "@/lib/i18n/locales";

export type Task = {
  slug: string;
  /** The task's name in the requested language. */
  label: string;
  /**
   * Other words people use for the task (abbreviations, older names), searched like keywords. In
   * Chinese: the English words, then the Chinese name and words (文生图, 语音合成, 具身智能).
   */
  terms: readonly string[];
};

type TaskText = { label: string; terms: readonly string[] };

const TASKS = {
  "text-generation": {
    en: { label: "Text generation", terms: ["llm", "language model"] },
    zh: { label: "文本生成", terms: ["大语言模型", "大模型", "语言模型"] },
  },
  "image-text-to-text": {
    en: { label: "Image-text-to-text (vision-language)", terms: ["vlm", "vision-language", "vision-language model"] },
    zh: { label: "图文生文本（视觉语言）", terms: ["视觉语言模型", "多模态", "多模态大模型", "图像理解"] },
  },
  "image-to-text": { en: { label: "Image-to-text", terms: [] }, zh: { label: "图生文本", terms: ["图像描述", "图像理解"] } },
  "video-text-to-text": {
    en: { label: "Video-text-to-text", terms: ["video understanding"] },
    zh: { label: "视频文本生文本", terms: ["视频理解", "多模态"] },
  },
  "video-to-text": { en: { label: "Video-to-text", terms: ["video understanding"] }, zh: { label: "视频生文本", terms: ["视频理解"] } },
  "speech-to-text": {
    en: { label: "Speech-to-text", terms: ["speech", "asr", "stt", "speech recognition", "transcription"] },
    zh: { label: "语音转文字", terms: ["语音识别", "语音转写", "语音"] },
  },
  "text-to-image": {
    en: { label: "Text-to-image", terms: ["t2i", "image generation"] },
    zh: { label: "文生图", terms: ["文本生成图像", "图像生成", "AI 绘画"] },
  },
  "image-to-image": { en: { label: "Image-to-image", terms: ["image editing"] }, zh: { label: "图生图", terms: ["图像编辑"] } },
  "image-generation": {
    en: { label: "Image generation (unconditional)", terms: [] },
    zh: { label: "图像生成（无条件）", terms: ["图像生成", "无条件生成"] },
  },
  "text-to-video": {
    en: { label: "Text-to-video", terms: ["t2v", "video generation"] },
    zh: { label: "文生视频", terms: ["文本生成视频", "视频生成"] },
  },
  "image-to-video": { en: { label: "Image-to-video", terms: ["i2v"] }, zh: { label: "图生视频", terms: ["视频生成"] } },
  "video-to-video": { en: { label: "Video-to-video", terms: ["video editing"] }, zh: { label: "视频生视频", terms: ["视频编辑"] } },
  "video-generation": {
    en: { label: "Video generation (unconditional)", terms: [] },
    zh: { label: "视频生成（无条件）", terms: ["视频生成", "无条件生成"] },
  },
  "text-to-speech": {
    en: { label: "Text-to-speech", terms: ["tts", "speech", "speech synthesis"] },
    zh: { label: "语音合成", terms: ["文字转语音", "文本转语音", "语音"] },
  },
  "text-to-music": {
    en: { label: "Text-to-music", terms: ["music", "music generation"] },
    zh: { label: "文生音乐", terms: ["音乐生成", "AI 作曲", "音乐"] },
  },
  "text-to-audio": {
    en: { label: "Text-to-audio", terms: ["audio generation", "sound effects"] },
    zh: { label: "文生音频", terms: ["音频生成", "音效生成"] },
  },
  "audio-to-audio": { en: { label: "Audio-to-audio", terms: [] }, zh: { label: "音频生音频", terms: ["语音转换"] } },
  "vision-language-action": {
    en: { label: "Vision-language-action (robots)", terms: ["vla", "robot", "robotics"] },
    zh: { label: "视觉-语言-动作（机器人）", terms: ["视觉语言动作模型", "具身智能", "机器人"] },
  },
  "robot-control": {
    en: { label: "Robot control", terms: ["robot", "robotics"] },
    zh: { label: "机器人控制", terms: ["具身智能", "机器人"] },
  },
} as const satisfies Record<string, Record<Locale, TaskText>>;

export type TaskSlug = keyof typeof TASKS;

function task(slug: TaskSlug, locale: Locale): Task {
  const { en, zh } = TASKS[slug];
  return locale === "en" ? { slug, ...en } : { slug, label: zh.label, terms: [...en.terms, zh.label, ...zh.terms] };
}

// Which of a text-to-audio entry's outputs are speech or music cannot be read from the modalities
// ("audio" covers both), so the entry's own keywords decide; without a clue it is "text-to-audio".
const MUSIC = /music|song/i;
const SPEECH = /speech|voice|tts/i;

/**
 * The tasks an entry performs, from its input and output modalities (and, for audio, its keywords),
 * in a stable order. An entry that takes text and images in and writes text is "image-text-to-text";
 * one that takes them in and acts in the world is "vision-language-action". Labels are in `locale`.
 */
export function deriveTasks(
  input: readonly string[],
  output: readonly string[],
  keywords: readonly string[] = [],
  locale: Locale = "en",
): Task[] {
  const takes = (modality: string) => input.includes(modality);
  const tasks: TaskSlug[] = [];
  const add = (slug: TaskSlug) => {
    if (!tasks.includes(slug)) tasks.push(slug);
  };

  if (output.includes("text")) {
    if (input.length > 0 && input.every((modality) => modality === "text")) add("text-generation");
    if (takes("image")) add(takes("text") ? "image-text-to-text" : "image-to-text");
    if (takes("video")) add(takes("text") ? "video-text-to-text" : "video-to-text");
    if (takes("audio")) add("speech-to-text");
  }
  if (output.includes("image")) {
    if (takes("text")) add("text-to-image");
    if (takes("image")) add("image-to-image");
    if (input.length === 0) add("image-generation");
  }
  if (output.includes("video")) {
    if (takes("text")) add("text-to-video");
    if (takes("image")) add("image-to-video");
    if (takes("video")) add("video-to-video");
    if (input.length === 0) add("video-generation");
  }
  if (output.includes("audio")) {
    if (takes("text")) {
      const music = keywords.some((word) => MUSIC.test(word));
      const speech = keywords.some((word) => SPEECH.test(word));
      if (speech) add("text-to-speech");
      if (music) add("text-to-music");
      if (!speech && !music) add("text-to-audio");
    }
    if (takes("audio") && !takes("text")) add("audio-to-audio");
  }
  if (output.includes("embodied")) add(takes("text") && takes("image") ? "vision-language-action" : "robot-control");

  return tasks.map((slug) => task(slug, locale));
}

/**
 * Every word a search for the entry's tasks should find: slugs ("text-to-image") and terms ("tts");
 * for Chinese tasks also their Chinese names and words ("文生图", "语音合成").
 */
export function taskSearchTerms(tasks: readonly Task[]): string[] {
  return tasks.flatMap((entryTask) => [entryTask.slug, ...entryTask.terms]);
}
