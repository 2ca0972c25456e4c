import { describe, expect, it } from "vitest";
import { defaultPolicy } from "../policy.ts";
import type { CheckInput, Finding } from "../types.ts";
import { compliance } from "./compliance.ts";

const RETURNS =
  "You can return any item within 30 days of delivery. Refunds are paid to the original payment method within 5 business days. Return shipping costs €4.90.";

function check(draft: string, knowledge: string[] = [RETURNS], message = "Can I return my jacket?", language = "en"): Finding {
  const input: CheckInput = {
    message,
    language,
    history: [],
    knowledge: knowledge.map((text, i) => ({ articleId: `a${i}`, title: "", text, score: 1 })),
    draft,
    policy: defaultPolicy,
    now: 0,
  };
  return compliance.evaluate(input, compliance.defaultThreshold) as Finding;
}

describe("compliance", () => {
  it("lets through a reply that says what the knowledge says", () => {
    expect(check("You can return any item within 30 days of delivery.").verdict).toBe("pass");
  });

  it("holds back a reply that changes a number of the knowledge, and names both numbers", () => {
    const result = check("You can return any item within 60 days of delivery.");
    expect(result.verdict).toBe("block");
    expect(result.reason).toContain("60 days");
    expect(result.reason).toContain("30 days");
  });

  it("reads the same duration or amount written another way", () => {
    const window = "We accept returns of any item during a 30-day window after delivery.";
    expect(check("We accept returns of any item for 30 days after delivery.", [window]).verdict).toBe("pass");
    expect(check("Return shipping costs 4,90 €.").verdict).toBe("pass");
  });

  it("holds back a changed amount", () => {
    const result = check("Return shipping costs €9.90.");
    expect(result.verdict).toBe("block");
    expect(result.reason).toContain("€4.90");
  });

  it("holds back a link or an email address the knowledge does not give", () => {
    expect(check("You can return any item within 30 days at https://returns.example.org.").verdict).toBe("block");
    expect(check("Write to returns@shop.example about any item within 30 days of delivery.").verdict).toBe("block");
  });

  it("accepts the customer's own order number in the reply", () => {
    const result = check("Item 88231 can be returned within 30 days of delivery.", [RETURNS], "Can I return item 88231?");
    expect(result.verdict).toBe("pass");
  });

  it("needs no support for courtesy sentences", () => {
    expect(check("Happy to help! You can return any item within 30 days of delivery. Is there anything else?").verdict).toBe("pass");
  });

  it("holds back an invented sentence and quotes it", () => {
    const result = check("You can return any item within 30 days of delivery. Our stores also repair zippers for free.");
    expect(result.verdict).toBe("block");
    expect(result.reason).toContain("repair zippers");
  });

  it("holds back a hedged or opinionated claim", () => {
    expect(check("I think refunds are paid to the original payment method.").verdict).toBe("block");
    expect(check("Our amazing refunds are paid to the original payment method.").verdict).toBe("block");
  });

  it("holds back a denial the knowledge does not make", () => {
    expect(check("Refunds are not paid to the original payment method.").verdict).toBe("block");
  });

  it("holds back any factual reply when no knowledge was found", () => {
    expect(check("You can return any item within 30 days of delivery.", []).verdict).toBe("block");
  });

  it("works in French and German", () => {
    const fr = "Vous pouvez retourner un article dans les 30 jours suivant la livraison.";
    expect(check("Vous pouvez retourner tout article dans les 30 jours après la livraison.", [fr], "Puis-je retourner ?", "fr").verdict).toBe("pass");
    expect(check("Vous pouvez retourner tout article dans les 60 jours après la livraison.", [fr], "Puis-je retourner ?", "fr").verdict).toBe("block");
    const de = "Artikel können innerhalb von 14 Tagen nach Lieferung zurückgegeben werden.";
    expect(check("Artikel können innerhalb von 14 Tagen nach der Lieferung zurückgegeben werden.", [de], "Rückgabe?", "de").verdict).toBe("pass");
  });

  it("lets through a faithful paraphrase that uses synonyms", () => {
    const exchange = "Items purchased in our online shop can be exchanged for a larger size at no cost.";
    expect(check("Items bought in our online shop can be exchanged for a bigger size at no cost.", [exchange]).verdict).toBe("pass");
  });

  it("holds back a near copy with one added fact, and quotes the added part", () => {
    const exchange = "Items purchased in our online shop can be exchanged for a larger size at no cost.";
    const result = check("Items bought in our online shop can be exchanged for a larger size, and the courier collects them at home.", [exchange]);
    expect(result.verdict).toBe("block");
    expect(result.reason).toContain("courier collects them");
  });

  it("needs no support for a short reaction to the customer", () => {
    expect(check("That's true! You can return any item within 30 days of delivery.").verdict).toBe("pass");
  });

  it("holds back a reply that tells the speaker's own story", () => {
    expect(check("I returned a jacket within 30 days of delivery myself and I loved it.").verdict).toBe("block");
  });

  it("lets the company speak as \"we\" about what the knowledge says", () => {
    expect(check("We pay refunds to the original payment method within 5 business days.").verdict).toBe("pass");
  });

  it("holds back a question, which answers nothing from the knowledge", () => {
    expect(check("Did you keep the original payment method?").verdict).toBe("block");
  });

  it("names the denial when a reply turns a fact of the knowledge around", () => {
    const result = check("Yes, but refunds are not paid to the original payment method.");
    expect(result.verdict).toBe("block");
    expect(result.reason).toContain("denies");
    expect(result.reason).toContain("not paid");
  });

  it("does not take an answering \"no\" for a denial", () => {
    expect(check("No, refunds are paid to the original payment method within 5 business days.").reason).not.toContain("denies");
  });

  it("lets through a sentence that joins facts from two passages", () => {
    const returns = "You can return any item within 30 days of delivery.";
    const refunds = "Refunds are paid to the original payment method within 5 business days.";
    const draft = "You can return any item within 30 days of delivery, and refunds are paid to the original payment method within 5 business days.";
    expect(check(draft, [returns, refunds]).verdict).toBe("pass");
  });
});
