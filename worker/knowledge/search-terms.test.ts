import { describe, expect, it } from "vitest";
import { SUPPORTED_LANGUAGES } from "../guard/text/language.ts";
import { documentTerm, questionTerms } from "./search-terms.ts";
import { synonymGroups } from "./support-synonyms.ts";

const own = (text: string, language = "en") => questionTerms(text, language).asked.map((wordings) => wordings[0].join(" "));

describe("questionTerms", () => {
  it("sets question frames apart as the kind of fact asked for, not as words to search", () => {
    expect(questionTerms("How long do I have to return an item?", "en")).toMatchObject({ kinds: [["duration"]] });
    expect(own("How long do I have to return an item?")).toEqual(["return", "item"]);
    expect(questionTerms("Combien de temps pour être remboursé ?", "fr").kinds).toEqual([["duration"]]);
    expect(questionTerms("Combien coûte la livraison ?", "fr").kinds).toEqual([["amount"]]);
    expect(questionTerms("When are you open?", "en").kinds).toEqual([["duration", "schedule"]]);
  });

  it("keeps a word that names a kind and a topic at once", () => {
    expect(questionTerms("What are your opening hours?", "en")).toMatchObject({ kinds: [["schedule"]] });
    expect(own("What are your opening hours?")).toEqual(["open hour"]);
    expect(own("Quels sont vos horaires ?", "fr")).toEqual(["horair"]);
  });

  it("leaves out greetings, politeness and vague words", () => {
    expect(own("Hi! Could you please tell me something about refunds? Thanks")).toEqual(["refund"]);
    expect(own("Bonjour, je voudrais savoir comment faire un retour, merci", "fr")).toEqual(["retour"]);
  });

  it("gives each thing asked the words support uses for it, the customer's own first, once", () => {
    const [refund] = questionTerms("I want my money back, a refund please", "en").asked;
    expect(refund[0]).toEqual(["monei", "back"]);
    expect(refund).toContainEqual(["refund"]);
    expect(questionTerms("I want my money back, a refund please", "en").asked).toHaveLength(1);
  });

  it("reads a wording across the function words between its words", () => {
    const [returned] = questionTerms("How do I send it back?", "en").asked;
    expect(returned[0]).toEqual(["send", "back"]);
    expect(returned).toContainEqual(["return"]);
  });

  it("takes words of an unsupported language as they are, lower case", () => {
    expect(questionTerms("Zwrot pieniędzy", "pl")).toEqual({ asked: [[["zwrot"]], [["pieniedzy"]]], kinds: [] });
  });
});

describe("support synonyms", () => {
  it("put no word in two groups, so that groups never merge unseen", () => {
    for (const language of SUPPORTED_LANGUAGES) {
      const seen = new Map<string, number>();
      synonymGroups(language).forEach((group, i) => {
        for (const entry of group) {
          const key = entry.map((w) => documentTerm(w, language)).filter(Boolean).join(" ");
          expect(seen.get(key) ?? i, `${language}: "${entry.join(" ")}"`).toBe(i);
          seen.set(key, i);
        }
      });
    }
  });
});
