import { describe, expect, it } from "vitest";
import { policySchema, type PolicyInput } from "../policy.ts";
import type { CheckInput, Finding } from "../types.ts";
import { exclusion } from "./exclusion.ts";

function check(exclusions: PolicyInput["exclusions"], message: string, extra: Partial<CheckInput> = {}): Finding {
  const policy = policySchema.parse({ exclusions });
  const input: CheckInput = { message, language: "en", history: [], knowledge: [], policy, now: 0, ...extra };
  return exclusion.evaluate(input, exclusion.defaultThreshold) as Finding;
}

const refunds = { id: "refunds", examples: ["I want my money back", "I'd like a refund"], action: "escalate" as const };

describe("exclusion", () => {
  it("passes everything when the site has no rules", () => {
    const finding = check([], "I want my money back");
    expect(finding.verdict).toBe("pass");
    expect(finding.reason).toBe("The site has no exclusion rules.");
  });

  it("matches a topic by its examples, in other words and inflections, and names the rule", () => {
    const finding = check([refunds], "Hello, can I get my money back for the broken chair?");
    expect(finding.verdict).toBe("block");
    expect(finding.reason).toMatch(/^Site rule "refunds" matches: it is close to the example "I want my money back"/);
    expect(check([refunds], "Is a refund possible?").verdict).toBe("block");
  });

  it("does not match a message that only shares the way of asking", () => {
    const finding = check([refunds], "I want to know when my order comes back in stock");
    expect(finding.verdict).toBe("pass");
  });

  it("matches examples in the customer's language with its stemmer", () => {
    const rule = { id: "remboursement", examples: ["je veux être remboursé de ma commande"] };
    expect(check([rule], "Est-ce que je peux être remboursée pour cette commande ?", { language: "fr" }).verdict).toBe("block");
  });

  it("matches a keyword whatever its form, and a regular expression", () => {
    const rules = [
      { id: "disputes", keywords: ["chargeback"] },
      { id: "orders", patterns: ["\\bORD-\\d{6}\\b"] },
    ];
    expect(check(rules, "I filed two Chargebacks already").reason).toBe('Site rule "disputes" matches: it contains the keyword "chargeback".');
    expect(check(rules, "status of ord-123456 please?").reason).toMatch(/^Site rule "orders" matches: it matches the pattern/);
    expect(check(rules, "status of my order please?").verdict).toBe("pass");
  });

  it("matches customers by attribute and messages by channel", () => {
    const rules = [{ id: "vip", attributes: { plan: "Enterprise" } }, { id: "mail", channels: ["email"] }];
    const vip = check(rules, "What are your opening hours?", { customer: { plan: "enterprise" } });
    expect(vip.reason).toBe(`Site rule "vip" matches: the customer's plan is "enterprise".`);
    expect(check(rules, "Hi", { channel: "email" }).reason).toMatch(/"mail" matches: the message came by email/);
    expect(check(rules, "Hi", { channel: "widget", customer: { plan: "free" } }).verdict).toBe("pass");
  });

  it("requires every kind of criterion a rule names: a topic on one channel only", () => {
    const rule = { id: "phone-refunds", examples: ["I want my money back"], channels: ["phone"] };
    expect(check([rule], "I want my money back", { channel: "widget" }).verdict).toBe("pass");
    expect(check([rule], "I want my money back", { channel: "phone" }).verdict).toBe("block");
  });

  it("marks the outcome as excluded only for rules whose action is exclude", () => {
    expect(check([{ id: "legal", keywords: ["gdpr"] }], "a GDPR request").outcome).toBe("excluded");
    expect(check([{ ...refunds, keywords: ["refund"] }], "refund").outcome).toBeUndefined();
  });
});
