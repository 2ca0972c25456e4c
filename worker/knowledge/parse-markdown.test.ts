import { describe, expect, it } from "vitest";
import { parseMarkdownArticles } from "./parse-markdown.ts";

const doc = (frontMatter: string, body: string) => `---\n${frontMatter}\n---\n${body}`;

describe("parseMarkdownArticles", () => {
  it("reads one article from front matter and body", () => {
    const result = parseMarkdownArticles(
      doc("id: 0042\ntitle: 'Gift cards: how they work'\nlanguage: en\ntags: [payments, gifts]", "Gift cards never expire.\n"),
    );
    expect(result).toEqual({
      ok: true,
      articles: [{ id: "0042", title: "Gift cards: how they work", text: "Gift cards never expire.", language: "en", tags: ["payments", "gifts"] }],
    });
  });

  it("takes the title from the first heading when the front matter has none", () => {
    const result = parseMarkdownArticles(doc("id: hours", "# Opening hours\n\nWe answer from 9:00 to 18:00 on weekdays."));
    expect(result.ok && result.articles[0]).toMatchObject({ title: "Opening hours", text: "We answer from 9:00 to 18:00 on weekdays." });
  });

  it("accepts tags written as a comma-separated line", () => {
    const result = parseMarkdownArticles(doc("id: a\ntitle: A\ntags: one, two", "Body."));
    expect(result.ok && result.articles[0].tags).toEqual(["one", "two"]);
  });

  it("names the file and the front matter field that is wrong", () => {
    const result = parseMarkdownArticles([
      doc("id: fine\ntitle: Fine", "Body."),
      doc("title: No id here", "Body."),
      "Just text, no front matter.",
      doc("id: [broken", "Body."),
      doc("id: empty\ntitle: Empty", "   \n"),
    ]);
    expect(result).toEqual({
      ok: false,
      errors: [
        "file 3 front matter: missing (start the document with a --- block giving at least id and title)",
        expect.stringMatching(/^file 4 front matter: not valid YAML \(.+\)$/),
        "file 2 front matter: id: required",
        "file 5 body: required",
      ],
    });
  });

  it("names no file when a single document is given", () => {
    expect(parseMarkdownArticles(doc("id: x", "No title anywhere."))).toEqual({ ok: false, errors: ["front matter: title: required"] });
  });
});
