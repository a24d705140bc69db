import { describe, expect, it } from "vitest";
import { formatParameters } from "@/lib/format";

describe("formatParameters", () => {
  it.each([
    [562_000_000_000, "562B"],
    [175_000_000_000, "175B"],
    [1_542_000_000, "1.54B"],
    [1_500_000_000, "1.5B"],
    [60_000_000, "60M"],
    [26_200_000, "26.2M"],
    [1_200_000_000_000, "1.2T"],
    [950, "950"],
  ])("%d → %s", (value, text) => {
    expect(formatParameters(value)).toBe(text);
  });

  it("spells out undisclosed and not applicable", () => {
    expect(formatParameters("undisclosed")).toBe("Undisclosed");
    expect(formatParameters("not-applicable")).toBe("Not applicable");
  });
});
