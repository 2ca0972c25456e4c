import { describe, expect, it } from "vitest";
import { MAX_PASSAGE_WORDS, chunkArticle } from "./chunk.ts";
import { wordCount } from "./sentences.ts";

const sentence = (i: number) => `Sentence number ${i} explains one more detail of the delivery policy.`; // 10 words
const paragraph = (from: number, count: number) => Array.from({ length: count }, (_, i) => sentence(from + i)).join(" ");

describe("chunkArticle", () => {
  it("keeps a short article whole, as plain text without Markdown syntax", () => {
    const chunks = chunkArticle({ id: "a", title: "Returns", text: "You have **30 days** to [return](https://shop.example/returns) an item.", language: "en" });
    expect(chunks).toEqual([
      { articleId: "a", title: "Returns", text: "You have 30 days to return (https://shop.example/returns) an item.", language: "en" },
    ]);
  });

  it("never lets a passage span two sections, and names each passage's section", () => {
    const text = `Intro paragraph.\n\n## Europe\n\nDelivery takes 3 days.\n\n## Canada\n\nDelivery takes 7 days.`;
    const chunks = chunkArticle({ id: "ship", title: "Shipping", text, language: "en" });
    expect(chunks.map((c) => [c.heading, c.text])).toEqual([
      [undefined, "Intro paragraph."],
      ["Europe", "Delivery takes 3 days."],
      ["Canada", "Delivery takes 7 days."],
    ]);
  });

  it("groups short paragraphs and cuts long ones between sentences, within the word limit", () => {
    const text = [paragraph(0, 3), paragraph(3, 3), paragraph(6, 30), paragraph(36, 2)].join("\n\n");
    const chunks = chunkArticle({ id: "long", title: "Long", text, language: "en" });
    for (const chunk of chunks) expect(wordCount(chunk.text)).toBeLessThanOrEqual(MAX_PASSAGE_WORDS * 1.5);
    expect(chunks.length).toBeGreaterThanOrEqual(4);
    // Nothing is lost or repeated: every sentence is in exactly one passage.
    const all = chunks.map((c) => c.text).join(" ");
    for (let i = 0; i < 38; i++) expect(all.split(sentence(i)).length - 1).toBe(1);
    // The first two short paragraphs share a passage.
    expect(chunks[0].text).toContain(sentence(5));
  });

  it("cuts a run-on text with no sentence ends into word runs", () => {
    const text = Array.from({ length: 500 }, (_, i) => `word${i}`).join(" ");
    const chunks = chunkArticle({ id: "blob", title: "Blob", text, language: "en" });
    expect(chunks.map((c) => wordCount(c.text))).toEqual([120, 120, 120, 120, 20]);
  });
});
