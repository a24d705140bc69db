import { describe, expect, it } from "vitest";
import { deriveTasks, taskSearchTerms } from "@/lib/search/tasks";

const slugs = (input: string[], output: string[], keywords: string[] = []) => deriveTasks(input, output, keywords).map((task) => task.slug);

describe("tasks derived from input and output", () => {
  it.each([
    [["text"], ["image"], ["text-to-image"]],
    [["text", "image"], ["image"], ["text-to-image", "image-to-image"]],
    [["text"], ["video"], ["text-to-video"]],
    [["text", "image"], ["video"], ["text-to-video", "image-to-video"]],
    [["audio"], ["text"], ["speech-to-text"]],
    [["text"], ["text"], ["text-generation"]],
    [["text", "image"], ["text"], ["image-text-to-text"]],
    [["text", "image"], ["embodied"], ["vision-language-action"]],
    [["image", "embodied"], ["embodied"], ["robot-control"]],
    [[], ["image"], ["image-generation"]],
  ])("%j → %j is %j", (input, output, expected) => {
    expect(slugs(input, output)).toEqual(expected);
  });

  it("tells speech from music by the entry's keywords, since both are audio", () => {
    expect(slugs(["text"], ["audio"], ["text-to-speech", "speech synthesis"])).toEqual(["text-to-speech"]);
    expect(slugs(["text"], ["audio"], ["music generation"])).toEqual(["text-to-music"]);
    expect(slugs(["text"], ["audio"], ["sound effects"])).toEqual(["text-to-audio"]);
  });

  it("does not call a text-only model vision-language", () => {
    expect(slugs(["text"], ["text"])).not.toContain("image-text-to-text");
  });

  it("searches by slug and by the words people use for a task", () => {
    const terms = taskSearchTerms(deriveTasks(["text", "image"], ["text"]));
    expect(terms).toEqual(expect.arrayContaining(["image-text-to-text", "vlm"]));
  });
});

describe("tasks in Chinese", () => {
  it("names the tasks in Chinese, keeping the slugs", () => {
    const tasks = deriveTasks(["text", "image"], ["video"], [], "zh");
    expect(tasks.map((task) => task.slug)).toEqual(["text-to-video", "image-to-video"]);
    expect(tasks.map((task) => task.label)).toEqual(["文生视频", "图生视频"]);
  });

  it("stays in English by default", () => {
    expect(deriveTasks(["text"], ["image"])[0].label).toBe("Text-to-image");
  });

  it("searches Chinese task words as well as the English ones", () => {
    const terms = taskSearchTerms(deriveTasks(["text"], ["audio"], ["speech synthesis"], "zh"));
    expect(terms).toEqual(expect.arrayContaining(["text-to-speech", "tts", "语音合成"]));
    expect(taskSearchTerms(deriveTasks(["text", "image"], ["embodied"], [], "zh"))).toContain("具身智能");
    expect(taskSearchTerms(deriveTasks(["text", "image"], ["text"], [], "zh"))).toContain("多模态");
  });
});
