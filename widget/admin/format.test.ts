import { describe, expect, it } from "vitest";
import { approval, duration, fixed, milliseconds, percent } from "./format.ts";

describe("numbers on the dashboard", () => {
  it("shows rates as whole percents, a rare non-zero rate as <1%, and no data as a dash", () => {
    expect(percent(0.374)).toBe("37%");
    expect(percent(1)).toBe("100%");
    expect(percent(0)).toBe("0%");
    expect(percent(0.001)).toBe("<1%");
    expect(percent(null)).toBe("–");
    expect(percent(Number.NaN)).toBe("–");
  });

  it("shows waiting times in the largest sensible unit", () => {
    expect(duration(42.4)).toBe("42 s");
    expect(duration(185)).toBe("3 min");
    expect(duration(3600)).toBe("1 h");
    expect(duration(4800)).toBe("1 h 20 min");
    expect(duration(2 * 86400 + 4 * 3600)).toBe("2 d 4 h");
    expect(duration(null)).toBe("–");
  });

  it("computes approval from thumbs, and none when nobody rated", () => {
    expect(approval({ up: 3, down: 1 })).toBe(0.75);
    expect(approval({ up: 0, down: 0 })).toBeNull();
  });

  it("prints scores with fixed decimals and a dash for a missing score", () => {
    expect(fixed(0.5, 2)).toBe("0.50");
    expect(fixed(Number.POSITIVE_INFINITY, 2)).toBe("–");
  });

  it("prints check times with a decimal below 10 ms and whole milliseconds above", () => {
    expect(milliseconds(0.234)).toBe("0.2 ms");
    expect(milliseconds(42.6)).toBe("43 ms");
    expect(milliseconds(undefined)).toBe("–");
  });
});
