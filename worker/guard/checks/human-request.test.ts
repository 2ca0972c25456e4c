import { describe, expect, it } from "vitest";
import { defaultPolicy } from "../policy.ts";
import { detectLanguage } from "../text/language.ts";
import type { Finding } from "../types.ts";
import { humanRequest } from "./human-request.ts";

function check(message: string): Finding {
  const input = { message, language: detectLanguage(message), history: [], knowledge: [], policy: defaultPolicy, now: 0 };
  return humanRequest.evaluate(input, humanRequest.defaultThreshold) as Finding;
}

describe("human_request", () => {
  it.each([
    ["en", "Can I please talk to a real person?"],
    ["en", "agent"],
    ["en", "I need a human, this is going nowhere"],
    ["fr", "Je voudrais parler à un conseiller s'il vous plaît"],
    ["fr", "un conseiller svp"],
    ["fr", "Passez-moi quelqu'un de chez vous"],
    ["de", "Ich möchte bitte mit einem Mitarbeiter sprechen"],
    ["de", "Verbinden Sie mich mit einem echten Menschen!"],
    ["de", "Kann ich einen Kundenberater erreichen?"],
    ["es", "Quiero hablar con una persona"],
    ["es", "¿Me puede atender un agente humano?"],
    ["es", "pásame con alguien por favor"],
  ])("never auto-sends when the customer asks for a person (%s: %s)", (_language, message) => {
    const finding = check(message);
    expect(finding.verdict).toBe("block");
    expect(finding.reason).toMatch(/asked for a person/);
  });

  it.each([
    "I can't reach an agent on the phone, can you help?",
    "I don't know how to contact someone from your team",
    "je n'arrive pas à joindre un conseiller",
  ])("treats not managing to reach a person as asking for one: %s", (message) => {
    expect(check(message).verdict).toBe("block");
  });

  it.each(["Can you call me back please?", "Rappelez-moi demain svp", "Bitte um Rückruf"])(
    "treats asking to be called back as asking for a person: %s",
    (message) => {
      expect(check(message).verdict).toBe("block");
    },
  );

  it("forgives a typo in the person or the verb", () => {
    expect(check("could I speak with an oprator").verdict).toBe("block");
    expect(check("i want to tallk to somone").verdict).toBe("block");
  });

  it.each([
    "I don't want to talk to a human, just tell me the delivery time",
    "Je ne veux pas parler à un conseiller, donnez-moi juste le prix",
    "Ich möchte nicht mit einem Menschen sprechen",
    "No quiero hablar con un agente, solo dime el horario",
  ])("lets the bot answer when the customer says they do not want a person: %s", (message) => {
    const finding = check(message);
    expect(finding.verdict).toBe("pass");
    expect(finding.reason).toMatch(/do not want one/);
  });

  it.each([
    "Where is my order? It was due on Monday.",
    "The agent I spoke to yesterday promised a refund, has it been sent?",
    "How much is the tasting menu per person?",
    "Combien coûte l'abonnement pour une personne ?",
    "I need support changing my delivery address",
    "Are you a human?",
    "Am I talking to a bot?",
    "I want to cancel my contract with you",
  ])("lets ordinary questions through: %s", (message) => {
    expect(check(message).verdict).toBe("pass");
  });

  it("still finds the request after a refusal of something else", () => {
    expect(check("I don't want a bot, I want a human").verdict).toBe("block");
  });
});
