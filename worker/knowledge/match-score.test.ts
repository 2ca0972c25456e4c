import { describe, expect, it } from "vitest";
import { idf, matchRank, matchScore, TITLE_BOOST } from "./match-score.ts";

describe("matchScore", () => {
  const n = 1000;
  const rare = idf(3, n);
  const common = idf(400, n);
  const unknown = idf(0, n);

  it("is 1 for a passage holding every informative term of the question", () => {
    expect(matchScore(rare + rare, rare + rare, rare + rare, n)).toBe(1);
  });

  it("is low when the passage holds only the question's common words", () => {
    expect(matchScore(common, common, common + rare, n)).toBeLessThan(0.1);
  });

  it("is low when the question names something the knowledge never mentions", () => {
    expect(matchScore(rare, rare, rare + unknown, n)).toBeLessThan(0.5);
  });

  it("is low for a match on a common word alone, even if that is all the question asked", () => {
    expect(matchScore(common, common, common, n)).toBeLessThan(0.3);
  });

  it("is 0 for no match and stays within 0..1", () => {
    expect(matchScore(0, 0, rare, n)).toBe(0);
    expect(matchScore(rare * 3, rare * 3 * TITLE_BOOST, rare, n)).toBeLessThanOrEqual(1);
  });

  it("ranks a passage whose title says what was asked above one that only mentions it", () => {
    expect(matchRank(rare, rare * TITLE_BOOST, rare, n)).toBeGreaterThan(matchRank(rare, rare, rare, n));
    expect(matchScore(rare, rare * TITLE_BOOST, rare + unknown, n)).toBeGreaterThan(matchScore(rare, rare, rare + unknown, n));
  });
});
