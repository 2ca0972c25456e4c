import { describe, expect, it } from "vitest";
import { decide, type Drafter } from "../pipeline.ts";
import { defaultPolicy } from "../policy.ts";
import type { CheckInput, Checkpoint } from "../types.ts";
import { customerLanguage, draftLanguage } from "./text-languages.ts";

const FRENCH_DRAFT = "Vous pouvez retourner un article non porté sous trente jours, et le remboursement arrive ensuite sur votre carte.";
const input = (overrides: Partial<CheckInput>): CheckInput => ({
  message: "Can I return it?",
  language: "en",
  history: [],
  knowledge: [],
  policy: defaultPolicy,
  now: 0,
  ...overrides,
});

describe("the language a check reads the draft in", () => {
  it("is the drafter's when it says which (it quoted passages of that language)", () => {
    expect(draftLanguage(input({ draft: FRENCH_DRAFT, draftLanguage: "de" }))).toBe("de");
  });

  it("is detected from the draft when the drafter does not say, or names a language Steward does not read", () => {
    expect(draftLanguage(input({ draft: FRENCH_DRAFT }))).toBe("fr");
    expect(draftLanguage(input({ draft: FRENCH_DRAFT, draftLanguage: "it" }))).toBe("fr");
  });

  it("is the customer's when the draft is too short to tell, and English when theirs is not supported", () => {
    expect(draftLanguage(input({ draft: "Oui.", language: "es" }))).toBe("es");
    expect(customerLanguage(input({ language: "it" }))).toBe("en");
  });

  it("reaches the post-checks from the drafter through the pipeline", async () => {
    const seen: (string | undefined)[] = [];
    const recorder: Checkpoint = {
      id: "recorder",
      stage: "post",
      defaultThreshold: 0.5,
      blocksWhen: "above",
      evaluate(checked) {
        seen.push(draftLanguage(checked));
        return { verdict: "pass", score: 0, threshold: 0.5, reason: "recorded" };
      },
    };
    const drafter: Drafter = {
      canRetry: false,
      retrieve: async () => [{ articleId: "returns", title: "Returns", text: FRENCH_DRAFT, score: 1, language: "fr" }],
      draft: async () => ({ text: "Oui.", provider: "test", model: "test", ms: 0, language: "fr" }),
    };
    await decide({ message: "Can I return it?", language: "en", history: [], policy: defaultPolicy, now: 0 }, drafter, [recorder]);
    expect(seen).toEqual(["fr"]);
  });
});
