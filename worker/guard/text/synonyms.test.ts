import { describe, expect, it } from "vitest";
import { broaderConcepts, conceptOf } from "./synonyms.ts";
import { stem } from "./stem.ts";
import { fold } from "./words.ts";

const term = (word: string, language: "en" | "fr" | "de" | "es" = "en") => fold(stem(word, language));

describe("synonyms", () => {
  it("gives synonyms and irregular forms one concept", () => {
    expect(conceptOf(term("bought"), "en")).toBe(conceptOf(term("purchased"), "en"));
    expect(conceptOf(term("began"), "en")).toBe(conceptOf(term("started"), "en"));
    expect(conceptOf(term("achat"), "fr")).toBe(term("achat", "fr"));
    expect(conceptOf(term("erhalten", "de"), "de")).toBe(conceptOf(term("bekommen", "de"), "de"));
  });

  it("keeps words that change a fact apart", () => {
    expect(conceptOf(term("many"), "en")).not.toBe(conceptOf(term("most"), "en"));
    expect(conceptOf(term("shipped"), "en")).not.toBe(conceptOf(term("delivered"), "en"));
  });

  it("lets a narrower word back a broader one, not the other way round", () => {
    expect(broaderConcepts(term("novel"), "en")).toContain(conceptOf(term("book"), "en"));
    expect(broaderConcepts(term("book"), "en")).toEqual([]);
  });
});
