import { describe, expect, it } from "vitest";
import { parseCsvArticles } from "./parse-csv.ts";

describe("parseCsvArticles", () => {
  it("turns question/answer rows into articles with ids derived from the question", () => {
    const csv = 'Question,Answer\nWhere is my order?,"You can follow it from the link in your confirmation email."\n';
    expect(parseCsvArticles(csv)).toEqual({
      ok: true,
      articles: [
        { id: "where-is-my-order", title: "Where is my order?", text: "You can follow it from the link in your confirmation email.", language: "en" },
      ],
    });
  });

  it("reads RFC 4180 quoting: commas, doubled quotes and line breaks inside a cell", () => {
    const csv = 'question,answer\r\n"Do you ship to Canada, or the US?","Yes, to both.\r\nWe call it ""North America"" shipping."\r\n';
    const result = parseCsvArticles(csv);
    expect(result.ok && result.articles[0]).toMatchObject({
      title: "Do you ship to Canada, or the US?",
      text: 'Yes, to both.\r\nWe call it "North America" shipping.',
    });
  });

  it("reads a semicolon export with optional columns in any order", () => {
    const csv = "\uFEFFtags;language;answer;id;question\nlivraison, commande;fr;Sous 3 jours ouvrés.;delai-1;Quel est le délai de livraison ?\n";
    expect(parseCsvArticles(csv)).toEqual({
      ok: true,
      articles: [{ id: "delai-1", title: "Quel est le délai de livraison ?", text: "Sous 3 jours ouvrés.", language: "fr", tags: ["livraison", "commande"] }],
    });
  });

  it("keeps derived ids unique and leaves blank lines out", () => {
    const csv = "question,answer\nRefunds?,Within 30 days.\n\nRefunds!,To the card you paid with.\n";
    const result = parseCsvArticles(csv);
    expect(result.ok && result.articles.map((a) => a.id)).toEqual(["refunds", "refunds-2"]);
  });

  it("folds accents and falls back to a hash for questions without Latin letters", () => {
    const csv = "question,answer\nOù est ma commande ?,Dans votre espace client.\n配送はいつですか,三日以内です。\n";
    const result = parseCsvArticles(csv);
    expect(result.ok && result.articles[0].id).toBe("ou-est-ma-commande");
    expect(result.ok && result.articles[1].id).toMatch(/^q-[0-9a-f]{8}$/);
  });

  it("says which required column is missing", () => {
    expect(parseCsvArticles("question,reply\nA?,B.\n")).toEqual({ ok: false, errors: ['row 1: missing "answer" column'] });
  });

  it("names the row and column of an empty or too long cell, counting the header as row 1", () => {
    const csv = `question,answer\nFine?,Fine.\n"Two\nlines?",\n,No question.\nLong?,${"x".repeat(50_001)}\n`;
    expect(parseCsvArticles(csv)).toEqual({
      ok: false,
      errors: ["row 3, answer: required", "row 4, question: required", "row 5, answer: at most 50000 characters"],
    });
  });

  it("reports a quoted cell that never closes, by row", () => {
    expect(parseCsvArticles('question,answer\nA?,B.\nC?,"never closed\nmore text\n')).toEqual({
      ok: false,
      errors: ["row 3: Quoted field unterminated"],
    });
  });
});
