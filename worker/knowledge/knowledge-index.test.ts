import { describe, expect, it } from "vitest";
import type { Article } from "./article.ts";
import { buildIndex, loadIndex } from "./knowledge-index.ts";

const articles: Article[] = [
  {
    id: "shipping",
    title: "Shipping",
    language: "en",
    text: "## Canada\n\nParcels to Canada arrive in 5 to 7 business days.\n\n## Europe\n\nParcels to Europe arrive in 3 business days.",
  },
  { id: "payment", title: "Payment methods", language: "en", tags: ["billing"], text: "We accept Visa, Mastercard and PayPal. Invoices are sent by email." },
  { id: "returns", title: "Returns", language: "en", text: "You can return an unused item within 30 days for a full refund." },
  { id: "retours", title: "Retours", language: "fr", text: "Vous pouvez retourner un article non utilisé sous 30 jours. Les remboursements PayPal sont reçus sous 5 jours." },
  { id: "garden", title: "Garden furniture care", language: "en", text: "Oil wooden garden furniture twice a year and store it inside in winter." },
];
const index = buildIndex(articles);

describe("knowledge index", () => {
  it("finds the section that answers the question, named by article and heading", () => {
    const [best] = index.search("How many days do parcels to Canada take?", "en");
    expect(best).toMatchObject({ articleId: "shipping", title: "Shipping › Canada", language: "en" });
    expect(best.text).toBe("Parcels to Canada arrive in 5 to 7 business days.");
  });

  it("scores 1 when the passage holds every topic word, and low when the question names something the knowledge never mentions", () => {
    const covered = index.search("Do you accept PayPal?", "en")[0];
    const uncovered = index.search("Do you accept bitcoin?", "en")[0];
    expect(covered).toMatchObject({ articleId: "payment", score: 1 });
    expect(uncovered.articleId).toBe("payment");
    expect(uncovered.score).toBeLessThan(0.5);
  });

  it("does not count the customer's own order number against a question the knowledge answers", () => {
    expect(index.search("Is PayPal accepted for #4471823?", "en")[0].score).toBe(1);
  });

  it("ignores greetings and politeness: a greeting alone finds nothing, and does not lower a real question's score", () => {
    expect(index.search("Hello! Thanks a lot", "en")).toEqual([]);
    expect(index.search("Hi, I was wondering, do you accept PayPal? Thanks", "en")[0].score).toBe(1);
  });

  it("matches other forms of a word and accents typed or not", () => {
    expect(index.search("remboursement recus", "fr")[0]).toMatchObject({ articleId: "retours", score: 1 });
    expect(index.search("returning items", "en")[0].articleId).toBe("returns");
  });

  it("does not match on word beginnings or near spellings", () => {
    expect(index.search("ret", "en")).toEqual([]);
    expect(index.search("gardn", "en")).toEqual([]);
  });

  it("prefers passages in the customer's language, and falls back to others when the knowledge has none in it", () => {
    expect(index.search("PayPal", "fr")[0].articleId).toBe("retours");
    expect(index.search("PayPal", "en")[0].articleId).toBe("payment");
    expect(index.search("PayPal", "de").map((p) => p.articleId).sort()).toEqual(["payment", "retours"]);
  });

  it("answers a customer from knowledge in another language when their own has no match", () => {
    expect(index.search("Visa Mastercard", "fr")[0].articleId).toBe("payment");
  });

  it("scores a question matched only on a word most passages share as a guess, and its specific part as a match", () => {
    const shop = buildIndex(
      Array.from({ length: 30 }, (_, i): Article => ({
        id: `order-${i}`,
        title: `Order topic ${i}`,
        language: "en",
        text: i === 7 ? "Your order ships to Canada within 5 days." : `Your order can use option ${i} of our service number ${i * 7}.`,
      })),
    );
    const vague = shop.search("Where is my order?", "en");
    expect(vague.length).toBeGreaterThan(0);
    expect(vague[0].score).toBeLessThan(0.5);
    const specific = shop.search("Does my order ship to Canada?", "en")[0];
    expect(specific).toMatchObject({ articleId: "order-7" });
    expect(specific.score).toBeGreaterThan(0.8);
  });

  it("searches tags as part of what an article is about", () => {
    expect(index.search("billing", "en")[0].articleId).toBe("payment");
  });

  it("returns at most the number of passages asked for, best first", () => {
    const results = index.search("parcels days Canada Europe", "en", 1);
    expect(results).toHaveLength(1);
    const all = index.search("parcels days Canada Europe refund", "en", 10);
    expect(all.map((p) => p.score)).toEqual([...all.map((p) => p.score)].sort((a, b) => b - a));
  });

  it("counts articles and passages", () => {
    expect([index.articleCount, index.passageCount]).toEqual([5, 6]);
  });

  it("answers the same after a round trip through JSON storage", () => {
    const stored = JSON.parse(JSON.stringify(index.toJSON()));
    const loaded = loadIndex(stored);
    for (const query of ["Do you accept bitcoin?", "Parcels to Europe", "remboursement"]) {
      expect(loaded.search(query, "en")).toEqual(index.search(query, "en"));
    }
  });

  it("refuses a stored index of another format rather than answering wrongly", () => {
    expect(() => loadIndex({ ...index.toJSON(), version: 0 })).toThrow(/format/);
  });
});
