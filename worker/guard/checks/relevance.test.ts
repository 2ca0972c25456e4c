import { describe, expect, it } from "vitest";
import { defaultPolicy } from "../policy.ts";
import type { CheckInput, Passage } from "../types.ts";
import { relevance } from "./relevance.ts";

function check(message: string, draft: string, language = "en", knowledge: Passage[] = []) {
  const input: CheckInput = { message, language, history: [], knowledge, draft, policy: defaultPolicy, now: 0 };
  return relevance.evaluate(input, relevance.defaultThreshold) as ReturnType<typeof relevance.evaluate> & { verdict: string; reason: string; score: number };
}

const passage = (score: number): Passage => ({ articleId: "returns", title: "Returns", text: "Refunds are paid within 5 days.", score });

describe("relevance", () => {
  it("lets through a reply about what the customer asked", () => {
    const result = check("How do I get a refund for my order?", "To get a refund, open your order and choose Return. The refund reaches your card within 5 days.");
    expect(result.verdict).toBe("pass");
  });

  it("holds back a reply about delivery when the customer asked for a refund", () => {
    const result = check(
      "I want my money back for order 1234",
      "Our standard delivery takes 3 to 5 business days. You can follow your parcel with the tracking link in your confirmation email.",
    );
    expect(result.verdict).toBe("block");
    expect(result.reason).toMatch(/refund/);
    expect(result.reason).toMatch(/delivery/);
  });

  it("recognises the same request in other words (bill / invoice)", () => {
    expect(check("where can I find my bill?", "Your invoices are in your account, under Orders > Invoices.").verdict).toBe("pass");
  });

  it("forgives a typo in the customer's key word", () => {
    expect(check("I need a reimbursment", "Reimbursements are issued to the original payment method.").verdict).toBe("pass");
  });

  it("works in French: a reply about the password does not answer a question about the address", () => {
    expect(check("Comment changer mon adresse de livraison ?", "Pour modifier l'adresse de livraison, ouvrez votre compte puis Adresses.", "fr").verdict).toBe("pass");
    expect(check("Comment changer mon adresse de livraison ?", "Pour réinitialiser votre mot de passe, cliquez sur « Mot de passe oublié ».", "fr").verdict).toBe("block");
  });

  it("works in German and Spanish", () => {
    expect(check("Wie kann ich meine Bestellung stornieren?", "Sie können Ihre Bestellung in Ihrem Konto unter Bestellungen stornieren.", "de").verdict).toBe("pass");
    expect(check("Wie kann ich meine Bestellung stornieren?", "Unseren Newsletter können Sie jederzeit abbestellen.", "de").verdict).toBe("block");
    expect(check("¿Cómo puedo pedir un reembolso?", "Para pedir un reembolso, abra su pedido y elija Devolver.", "es").verdict).toBe("pass");
  });

  it("matches concepts across languages when the reply is in another language", () => {
    expect(check("Je veux annuler ma commande", "You can cancel your order from your account.", "fr").verdict).toBe("pass");
  });

  it("lowers the score when the knowledge behind the reply matched the question poorly", () => {
    const message = "When will my refund arrive?";
    const draft = "Refunds are paid within 5 days.";
    const strong = check(message, draft, "en", [passage(1)]);
    const weak = check(message, draft, "en", [passage(0.1)]);
    expect(weak.score).toBeLessThan(strong.score);
    expect(weak.verdict).toBe("block");
    expect(weak.reason).toMatch(/knowledge/);
  });

  it("lets a greeting be answered by a greeting", () => {
    expect(check("hi", "Hello! How can I help you today?").verdict).toBe("pass");
  });

  it("holds back an empty reply", () => {
    expect(check("Where is my parcel?", "").verdict).toBe("block");
  });
});
