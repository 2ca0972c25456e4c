import { describe, expect, it } from "vitest";
import { barLength, labelledIndexes, linePath, placePoints } from "./chart-geometry.ts";

const plot = { left: 10, top: 0, width: 100, height: 50 };

describe("chart geometry", () => {
  it("spreads days across the plot with 100% at the top and 0% at the bottom", () => {
    expect(placePoints([0, 0.5, 1], plot)).toEqual([
      { index: 0, x: 10, y: 50, value: 0 },
      { index: 1, x: 60, y: 25, value: 0.5 },
      { index: 2, x: 110, y: 0, value: 1 },
    ]);
  });

  it("centres a single day", () => {
    expect(placePoints([0.2], plot)).toEqual([{ index: 0, x: 60, y: 40, value: 0.2 }]);
  });

  it("breaks the line on a day without data instead of drawing it at zero", () => {
    const points = placePoints([0.5, null, 0.5, 1], plot);
    expect(points.map((p) => p.index)).toEqual([0, 2, 3]);
    expect(linePath(points)).toBe("M10 25M76.7 25L110 0");
  });

  it("labels at most the asked number of days, always the first and last", () => {
    expect(labelledIndexes(5, 7)).toEqual([0, 1, 2, 3, 4]);
    expect(labelledIndexes(14, 7)).toEqual([0, 3, 6, 9, 13]);
    expect(labelledIndexes(31, 7)).toEqual([0, 5, 10, 15, 20, 25, 30]);
    for (const count of [8, 14, 30, 90, 365]) {
      const picked = labelledIndexes(count, 7);
      expect(picked.length).toBeLessThanOrEqual(7);
      expect(picked[0]).toBe(0);
      expect(picked.at(-1)).toBe(count - 1);
    }
  });

  it("scales bars to the longest, keeps a small non-zero bar visible, and draws nothing for zero", () => {
    expect(barLength(5, 10, 200)).toBe(100);
    expect(barLength(10, 10, 200)).toBe(200);
    expect(barLength(1, 1000, 200)).toBe(2);
    expect(barLength(0, 10, 200)).toBe(0);
    expect(barLength(0, 0, 200)).toBe(0);
  });
});
