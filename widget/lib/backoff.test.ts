import { describe, expect, it } from "vitest";
import { backoffDelay } from "./backoff.ts";

describe("backoffDelay", () => {
  it("doubles from the first delay and stops at the maximum", () => {
    const ceiling = (attempt: number) => backoffDelay(attempt, { first: 500, max: 15_000 }, () => 1);
    expect([0, 1, 2, 3, 10].map(ceiling)).toEqual([500, 1000, 2000, 4000, 15_000]);
  });

  it("spreads clients between half and all of the delay", () => {
    expect(backoffDelay(2, { first: 500 }, () => 0)).toBe(1000);
    expect(backoffDelay(2, { first: 500 }, () => 0.5)).toBe(1500);
  });
});
