/**
 * The task names people search for ("text-to-image", "speech-to-text", "vision-language-action"),
 * derived from what an entry takes in and puts out. Defined once here: list rows, entry pages and
 * search all read them from this file. Free of zod and of the catalog, so the browser can use it.
 */

export type Task = {
  slug: string;
  label: string;
  /** Other words people use for the task (abbreviations, older names), searched like keywords. */
  terms: readonly string[];
};

const TASKS = {
  "text-generation": { label: "Text generation", terms: ["llm", "language model"] },
  "image-text-to-text": { label: "Image-text-to-text (vision-language)", terms: ["vlm", "vision-language", "vision-language model"] },
  "image-to-text": { label: "Image-to-text", terms: [] },
  "video-text-to-text": { label: "Video-text-to-text", terms: ["video understanding"] },
  "video-to-text": { label: "Video-to-text", terms: ["video understanding"] },
  "speech-to-text": { label: "Speech-to-text", terms: ["speech", "asr", "stt", "speech recognition", "transcription"] },
  "text-to-image": { label: "Text-to-image", terms: ["t2i", "image generation"] },
  "image-to-image": { label: "Image-to-image", terms: ["image editing"] },
  "image-generation": { label: "Image generation (unconditional)", terms: [] },
  "text-to-video": { label: "Text-to-video", terms: ["t2v", "video generation"] },
  "image-to-video": { label: "Image-to-video", terms: ["i2v"] },
  "video-to-video": { label: "Video-to-video", terms: ["video editing"] },
  "video-generation": { label: "Video generation (unconditional)", terms: [] },
  "text-to-speech": { label: "Text-to-speech", terms: ["tts", "speech", "speech synthesis"] },
  "text-to-music": { label: "Text-to-music", terms: ["music", "music generation"] },
  "text-to-audio": { label: "Text-to-audio", terms: ["audio generation", "sound effects"] },
  "audio-to-audio": { label: "Audio-to-audio", terms: [] },
  "vision-language-action": { label: "Vision-language-action (robots)", terms: ["vla", "robot", "robotics"] },
  "robot-control": { label: "Robot control", terms: ["robot", "robotics"] },
} as const satisfies Record<string, Omit<Task, "slug">>;

export type TaskSlug = keyof typeof TASKS;

const task = (slug: TaskSlug): Task => ({ slug, ...TASKS[slug] });

// Which of a text-to-audio entry's outputs are speech or music cannot be read from the modalities
// ("audio" covers both), so the entry's own keywords decide; without a clue it is "text-to-audio".
const MUSIC = /music|song/i;
const SPEECH = /speech|voice|tts/i;

/**
 * The tasks an entry performs, from its input and output modalities (and, for audio, its keywords),
 * in a stable order. An entry that takes text and images in and writes text is "image-text-to-text";
 * one that takes them in and acts in the world is "vision-language-action".
 */
export function deriveTasks(input: readonly string[], output: readonly string[], keywords: readonly string[] = []): Task[] {
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

  return tasks.map(task);
}

/** Every word a search for the entry's tasks should find: slugs ("text-to-image") and terms ("tts"). */
export function taskSearchTerms(tasks: readonly Task[]): string[] {
  return tasks.flatMap((entryTask) => [entryTask.slug, ...entryTask.terms]);
}
