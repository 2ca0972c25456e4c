import { describe, expect, it } from "vitest";
import { MAX_ARTICLES } from "./article.ts";
import { parseJsonArticles } from "./parse-json.ts";

const json = (value: unknown) => JSON.stringify(value);

describe("parseJsonArticles", () => {
  it("reads articles and keeps the language and tags the owner gave", () => {
    const result = parseJsonArticles(
      json({ articles: [{ id: "returns", title: " Returns ", text: "You can return items within 30 days.", language: "en", tags: ["orders"] }] }),
    );
    expect(result).toEqual({
      ok: true,
      articles: [{ id: "returns", title: "Returns", text: "You can return items within 30 days.", language: "en", tags: ["orders"] }],
    });
  });

  it("detects the language of an article that names none", () => {
    const result = parseJsonArticles(
      json({ articles: [{ id: "livraison", title: "Délais de livraison", text: "Nous livrons votre commande en trois jours ouvrés partout en France." }] }),
    );
    expect(result.ok && result.articles[0].language).toBe("fr");
  });

  it("names the article and field of every problem", () => {
    const result = parseJsonArticles(
      json({
        articles: [
          { id: "ok", title: "Fine", text: "Fine." },
          { id: "bad id!", title: "x".repeat(301), text: "Text." },
          { id: "no-title", text: "Text.", tags: ["a", 3] },
          { id: "ok", title: "Again", text: "Text." },
        ],
      }),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        "articles[1].id: use 1 to 128 letters, digits, dots, underscores or dashes",
        "articles[1].title: at most 300 characters",
        "articles[2].title: required",
        "articles[2].tags[1]: expected text",
        'articles[3].id: "ok" is already the id of articles[0]',
      ],
    });
  });

  it("rejects text that is not JSON, or has no list of articles", () => {
    expect(parseJsonArticles("{articles:").ok).toBe(false);
    expect(parseJsonArticles(json({ items: [] }))).toEqual({ ok: false, errors: ["articles: required"] });
    expect(parseJsonArticles(json([]))).toEqual({ ok: false, errors: ['expected an object { "articles": [...] }'] });
  });

  it("refuses more articles than a site may hold", () => {
    const articles = Array.from({ length: MAX_ARTICLES + 1 }, (_, i) => ({ id: `a${i}`, title: "T", text: "Text.", language: "en" }));
    const result = parseJsonArticles(json({ articles }));
    expect(result).toEqual({ ok: false, errors: [`too many articles: ${MAX_ARTICLES + 1}, at most ${MAX_ARTICLES} a site`] });
  });
});
