import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/slugify";
import { SLUG_PATTERN } from "@/lib/content/schema";

describe("slugify", () => {
  it.each([
    ["GPT-4", "gpt-4"],
    ["GPT-3.5", "gpt-3-5"],
    ["PaLM-E", "palm-e"],
    ["copy.ai", "copy-ai"],
    ["Stable Diffusion", "stable-diffusion"],
    ["DALL·E 2", "dall-e-2"],
    ["  Émile's  Model!  ", "emile-s-model"],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(SLUG_PATTERN.test(slug)).toBe(true);
  });
});
