import { describe, expect, it } from "vitest";
import { formatCount, formatParameters } from "@/lib/format";

describe("formatCount and formatParameters", () => {
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
    expect(formatCount(value)).toBe(text);
    expect(formatParameters({ value, source: "paper" })).toBe(text);
  });

  it("spells out undisclosed and not applicable", () => {
    expect(formatParameters({ value: "undisclosed" })).toBe("Undisclosed");
    expect(formatParameters({ value: "not-applicable" })).toBe("Not applicable");
  });

  it("shows both counts of a mixture-of-experts model", () => {
    expect(formatParameters({ total: 671_000_000_000, active: 37_000_000_000, source: "report" })).toBe("671B total, 37B active");
  });
});
