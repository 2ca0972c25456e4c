import { describe, expect, it } from "vitest";
import { parseKnowledge } from "./parse-knowledge.ts";

describe("parseKnowledge", () => {
  it("reads each format by its content type, charset or not", () => {
    const json = parseKnowledge("application/json; charset=utf-8", JSON.stringify({ articles: [{ id: "a", title: "A", text: "Text." }] }));
    const markdown = parseKnowledge("text/markdown", "---\nid: a\ntitle: A\n---\nText.");
    const csv = parseKnowledge("Text/CSV", "question,answer\nA,Text.\n");
    expect([json, markdown, csv].map((r) => r.ok && r.articles[0].text)).toEqual(["Text.", "Text.", "Text."]);
  });

  it("refuses a content type it cannot read, saying which ones it can", () => {
    expect(parseKnowledge("application/pdf", "%PDF")).toEqual({
      ok: false,
      errors: ['unsupported content type "application/pdf": use application/json, text/markdown or text/csv'],
    });
  });
});
