import { describe, expect, it } from "vitest";
import { contentTerms, words } from "./words.ts";

describe("words", () => {
  it("splits on punctuation and lower-cases", () => {
    expect(words("Where's my ORDER #123?")).toEqual(["where's", "my", "order", "123"]);
  });
  it("stems and folds accents so French plurals meet their singular", () => {
    expect(contentTerms("Les livraisons reçues", "fr")).toEqual(contentTerms("la livraison recue", "fr"));
  });
});
