import { describe, expect, it } from "vitest";
import { buildLanguageIndex, loadLanguageIndex, type IndexedPassage } from "./language-index.ts";
import { idf, matchScore } from "./match-score.ts";
import { documentTerm, tokenize, type Asked } from "./search-terms.ts";

// Passages over a small vocabulary where a few words are everywhere and most are rare, as in a shop's help centre.
const words = ["order", "parcel", "refund", "account", ...Array.from({ length: 60 }, (_, i) => `topic${i}`)];
let seed = 7;
const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const passages: IndexedPassage[] = Array.from({ length: 400 }, (_, id) => ({
  id,
  title: `Article ${id % 50}`,
  heading: "",
  text: Array.from({ length: 12 }, () => words[Math.floor(words.length * random() ** 3)]).join(" ") + ".",
  marks: "",
}));

const sets = passages.map((p) => new Set(tokenize(`${p.title} ${p.text}`).map((w) => documentTerm(w, "en"))));
const asked = (terms: string[]): Asked[] => terms.map((t) => [[t]]);

/** Every passage scored the slow, obvious way (the query words are never in a title here). */
function bruteForce(query: string[]): number[] {
  const df = (t: string) => sets.filter((s) => s.has(t)).length;
  const total = query.reduce((sum, t) => sum + idf(df(t), sets.length), 0);
  return sets
    .map((s) => {
      const matched = query.filter((t) => s.has(t)).reduce((sum, t) => sum + idf(df(t), sets.length), 0);
      return matchScore(matched, matched, total, sets.length);
    })
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
      const top = index.search(asked(query), 5).map((hit) => round(hit.score));
      expect(top, query.join(" ")).toEqual(bruteForce(query).slice(0, 5).map(round));
    }
  });

  it("scores the same after a round trip through JSON", () => {
    const loaded = loadLanguageIndex(JSON.parse(JSON.stringify(index.toJSON())));
    for (const query of queries) expect(loaded.search(asked(query), 5)).toEqual(index.search(asked(query), 5));
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
    const fruit = buildLanguageIndex("en", Array.from({ length: 400 }, (_, id) => ({ id, title: "", heading: "", text: text(id), marks: "" })));
    const best = fruit.search(asked(["zebra", "mango", "kiwi"]), 5).slice(0, 3);
    expect(best.map((hit) => hit.id).sort()).toEqual([22, 23, 24]);
  });

  it("counts a thing asked once, whichever of its wordings a passage holds", () => {
    const shop = buildLanguageIndex("en", [
      { id: 0, title: "Refunds", heading: "", text: "We refund returns within 5 days.", marks: "" },
      { id: 1, title: "Money", heading: "", text: "Your money comes back to your card.", marks: "" },
      { id: 2, title: "Sizes", heading: "", text: "Our sizes run small.", marks: "" },
    ]);
    const refund: Asked = [["monei", "back"], ["refund"]];
    const hits = shop.search([refund], 5);
    expect(hits.map((hit) => hit.id).sort()).toEqual([0, 1]);
    expect(hits.every((hit) => hit.score > 0)).toBe(true);
  });

  it("puts the passage whose title holds the question before one whose text only mentions it", () => {
    const shop = buildLanguageIndex("en", [
      { id: 0, title: "Gift cards", heading: "", text: "Sizes are on each product page. Gift cards are not returnable.", marks: "" },
      { id: 1, title: "Returns", heading: "", text: "Gift cards are not returnable.", marks: "" },
      { id: 2, title: "Sizes", heading: "", text: "Our sizes run small.", marks: "" },
    ]);
    expect(shop.search(asked(["gift", "card"]), 5).map((hit) => hit.id)).toEqual([0, 1]);
  });

  it("keeps one passage per group, the best, when told the groups", () => {
    const article = buildLanguageIndex("en", [
      { id: 0, title: "Returns", heading: "", text: "Read this first.", marks: "" },
      { id: 1, title: "Returns", heading: "Return window", text: "You can return an item within 30 days.", marks: "" },
      { id: 2, title: "Shipping", heading: "", text: "Return parcels are tracked.", marks: "" },
    ]);
    const hits = article.search(asked(["return"]), 5, (id) => (id < 2 ? "returns" : "shipping"));
    expect(hits.map((hit) => hit.id)).toEqual([1, 2]);
  });
});
