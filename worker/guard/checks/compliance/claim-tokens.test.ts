import { describe, expect, it } from "vitest";
import { claimTokens } from "./claim-tokens.ts";

const content = (text: string) => claimTokens(text, "en").filter((t) => t.content).map((t) => t.word);

describe("claimTokens", () => {
  it("reads contractions of function words as function words", () => {
    expect(content("He's sure that's free")).toEqual(["sure", "free"]);
    expect(content("They don't ship")).toEqual(["ship"]);
  });

  it("joins clitics that chat text detaches", () => {
    expect(content("It 's free and we did nt charge")).toEqual(["free", "charge"]);
  });
});
