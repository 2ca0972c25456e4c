import { describe, expect, it } from "vitest";
import { daysOf, lastDays, rangeProblem } from "./date-range.ts";

describe("the reporting period", () => {
  it("defaults to fourteen days ending today, today included", () => {
    expect(lastDays(14, new Date("2026-11-26T23:30:00Z"))).toEqual({ from: "2026-11-13", to: "2026-11-26" });
  });

  it("crosses month and year ends by calendar day", () => {
    expect(lastDays(3, new Date("2027-01-01T08:00:00Z"))).toEqual({ from: "2026-12-30", to: "2027-01-01" });
  });

  it("lists every day of the range so quiet days keep their place", () => {
    expect(daysOf({ from: "2026-02-27", to: "2026-03-02" })).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
    expect(daysOf({ from: "2026-03-02", to: "2026-03-02" })).toEqual(["2026-03-02"]);
  });

  it("refuses a missing date or a start after the end, and accepts a single day", () => {
    expect(rangeProblem({ from: "", to: "2026-11-26" })).toBe("Choose a start date.");
    expect(rangeProblem({ from: "2026-11-26", to: "26/11/2026" })).toBe("Choose an end date.");
    expect(rangeProblem({ from: "2026-11-27", to: "2026-11-26" })).toBe("The start date is after the end date.");
    expect(rangeProblem({ from: "2026-11-26", to: "2026-11-26" })).toBeNull();
  });
});
