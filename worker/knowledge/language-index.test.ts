import { describe, expect, it } from "vitest";
import { buildLanguageIndex, loadLanguageIndex, type IndexedPassage } from "./language-index.ts";
import { idf, matchScore } from "./match-score.ts";
import { documentTerm, tokenize } from "./search-terms.ts";

// Passages over a small vocabulary where a few words are everywhere and most are rare, as in a shop's help centre.
const words = ["order", "parcel", "refund", "account", ...Array.from({ length: 60 }, (_, i) => `topic${i}`)];
let seed = 7;
const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const passages: IndexedPassage[] = Array.from({ length: 400 }, (_, id) => ({
  id,
  title: `Article ${id % 50}`,
  text: Array.from({ length: 12 }, () => words[Math.floor(words.length * random() ** 3)]).join(" ") + ".",
}));

const sets = passages.map((p) => new Set(tokenize(`${p.title} ${p.text}`).map((w) => documentTerm(w, "en"))));

/** Every passage scored the slow, obvious way. */
function bruteForce(query: string[]): number[] {
  const df = (t: string) => sets.filter((s) => s.has(t)).length;
  const total = query.reduce((sum, t) => sum + idf(df(t), sets.length), 0);
  return sets
    .map((s) => matchScore(query.filter((t) => s.has(t)).reduce((sum, t) => sum + idf(df(t), sets.length), 0), total, sets.length))
    .filter((score) => score > 0)
    .sort((a, b) => b - a);
}

describe("language index", () => {
  const index = buildLanguageIndex("en", passages);
  const queries = [["topic17"], ["order"], ["order", "parcel"], ["order", "topic3", "topic40"], ["refund", "account", "topic1", "topic2", "topic59"], ["topic5", "topic6", "order"]];

  it("finds the same best passages as scoring every passage would, though it stops searching early", () => {
    for (const query of queries) {
      // Rounded: the two sum the same weights in different orders.
      const round = (score: number) => Math.round(score * 1e9) / 1e9;
      const top = index.search(query, 5).map((hit) => round(hit.score));
      expect(top, query.join(" ")).toEqual(bruteForce(query).slice(0, 5).map(round));
    }
  });

  it("scores the same after a round trip through JSON", () => {
    const loaded = loadLanguageIndex("en", JSON.parse(JSON.stringify(index.toJSON())));
    for (const query of queries) expect(loaded.search(query, 5)).toEqual(index.search(query, 5));
  });

  it("keeps searching while the words left could still lift a passage above those found", () => {
    // "zebra" is the rarest word asked about, but three passages holding both "mango" and "kiwi" match more.
    const text = (id: number) => {
      const words = [`filler${id}`];
      if (id < 6) words.push("zebra");
      if (id >= 10 && id < 25) words.push("mango");
      if (id >= 22 && id < 37) words.push("kiwi");
      return words.join(" ");
    };
    const fruit = buildLanguageIndex("en", Array.from({ length: 400 }, (_, id) => ({ id, title: "", text: text(id) })));
    const best = fruit
      .search(["zebra", "mango", "kiwi"], 5)
      .sort((a, b) => b.score - a.score)
      .slice(0, 5);
    expect(best.slice(0, 3).map((hit) => hit.id).sort()).toEqual([22, 23, 24]);
  });
});
