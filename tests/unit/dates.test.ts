import { describe, expect, it } from "vitest";
import { comparePartialDates, formatPartialDate, isFutureDate, isImpossibleDate } from "@/lib/dates";

describe("partial dates", () => {
  it("sorts a year before the months and days inside it", () => {
    expect(["2012-09-30", "2013", "2012", "2012-09", "2011-12-31"].sort(comparePartialDates)).toEqual([
      "2011-12-31", "2012", "2012-09", "2012-09-30", "2013",
    ]);
  });

  it("formats each precision in words", () => {
    expect(formatPartialDate("2023")).toBe("2023");
    expect(formatPartialDate("2023-03")).toBe("March 2023");
    expect(formatPartialDate("2023-03-14")).toBe("14 March 2023");
  });

  it("calls a date future only when its earliest day is after today", () => {
    const today = new Date("2026-11-28T12:00:00Z");
    expect(isFutureDate("2026", today)).toBe(false);
    expect(isFutureDate("2026-11-28", today)).toBe(false);
    expect(isFutureDate("2026-11-29", today)).toBe(true);
    expect(isFutureDate("2026-12", today)).toBe(true);
  });

  it("spots days that do not exist", () => {
    expect(isImpossibleDate("2023-02-30")).toBe(true);
    expect(isImpossibleDate("2024-02-29")).toBe(false);
    expect(isImpossibleDate("2023-02")).toBe(false);
  });
});
