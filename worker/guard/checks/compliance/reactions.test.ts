import { describe, expect, it } from "vitest";
import { isReaction } from "./reactions.ts";

describe("isReaction", () => {
  it("recognises short reactions to the customer in four languages", () => {
    expect(isReaction("That's true.", "en")).toBe(true);
    expect(isReaction("That 's so cool .", "en")).toBe(true);
    expect(isReaction("I agree!", "en")).toBe(true);
    expect(isReaction("C'est vrai.", "fr")).toBe(true);
    expect(isReaction("Das ist schade.", "de")).toBe(true);
    expect(isReaction("Estoy de acuerdo.", "es")).toBe(true);
  });

  it("does not take a short statement of fact for a reaction", () => {
    expect(isReaction("That's free.", "en")).toBe(false);
    expect(isReaction("It is waterproof.", "en")).toBe(false);
    expect(isReaction("That's true for orders over €50.", "en")).toBe(false);
  });
});
