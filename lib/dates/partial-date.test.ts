import { describe, expect, it } from "vitest";
import { comparePartialDates, formatPartialDate, isPartialDate, makePartialDate, partialDateBounds, precisionOf } from "./partial-date";

describe("partial dates", () => {
  it("derives precision from the shape", () => {
    expect(precisionOf("2019")).toBe("year");
    expect(precisionOf("2024-12")).toBe("month");
    expect(precisionOf("2025-05-06")).toBe("day");
    expect(() => precisionOf("2024-13")).toThrow();
    expect(isPartialDate("2023-02-30")).toBe(false);
  });

  it("never shows a month as its first day", () => {
    expect(formatPartialDate({ date: "2024-12" })).toBe("Dec 2024");
    expect(formatPartialDate({ date: "2025-05-06" })).toBe("6 May 2025");
    expect(formatPartialDate({ date: "2019" })).toBe("2019");
    expect(formatPartialDate({ date: "2024-12", locale: "zh" })).toBe("2024年12月");
    expect(formatPartialDate({ date: "2025-05-06", locale: "zh" })).toBe("2025年5月6日");
  });

  it("sorts a coarser date before the finer dates inside it, undated last", () => {
    const sorted = ["2025", "2024-12-03", null, "2024-12", "2024-11-30", "2024"].sort(comparePartialDates);
    expect(sorted).toEqual(["2024", "2024-11-30", "2024-12", "2024-12-03", "2025", null]);
  });

  it("builds and bounds dates", () => {
    expect(makePartialDate({ year: 2024, month: 7 })).toBe("2024-07");
    expect(partialDateBounds("2024-02")).toEqual({ first: "2024-02-01", last: "2024-02-29" });
    expect(partialDateBounds("2025")).toEqual({ first: "2025-01-01", last: "2025-12-31" });
  });
});
