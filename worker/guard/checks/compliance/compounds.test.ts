import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "../../similarity/tokens.ts";
import { SUPPORTED_LANGUAGES } from "../../text/language.ts";
import { stem } from "../../text/stem.ts";
import { fold } from "../../text/words.ts";
import { Compounds } from "./compounds.ts";

// Letters that stemmers treat specially (vowels, "y" that may become "i", "ß" that becomes "ss", "qu"), other
// letters, and endings they remove.
const piece = fc.constantFrom(
  ..."aeiouybcdfghlmnprstvwxzß".split(""),
  ...["qu", "ll", "ing", "ed", "ies", "ational", "ness", "eaux", "ière", "ement", "lich", "heit", "ung", "amiento", "ción"],
);

describe("Compounds", () => {
  it("finds the stem of two neighbouring words written as one", () => {
    const passage = new Compounds(tokenize("Ten-pin bowling, every day", "en").map((t) => t.word), "en");
    expect(passage.has(fold(stem("tenpin", "en")))).toBe(true);
    expect(passage.has(fold(stem("everyday", "en")))).toBe(true);
    expect(passage.has(fold(stem("pinbowling", "en")))).toBe(true);
    expect(passage.has(fold(stem("tenbowling", "en")))).toBe(false);
    expect(passage.has("")).toBe(false);
  });

  it("finds the stem of every pair, whatever its letters and language", () => {
    const word = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => fold(parts.join("")));
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 6 }), fc.constantFrom(...SUPPORTED_LANGUAGES), (words, language) => {
        const passage = new Compounds(words, language);
        return words.slice(1).every((second, i) => passage.has(fold(stem(words[i]! + second, language))));
      }),
      { numRuns: 20_000 },
    );
  });
});
