import { describe, expect, it } from "vitest";
import { defaultPolicy } from "../policy.ts";
import type { Finding, Turn } from "../types.ts";
import { heat } from "./heat.ts";

function check(message: string, earlier: string[] = []): Finding {
  const history: Turn[] = earlier.flatMap((text) => [
    { role: "customer" as const, text },
    { role: "bot" as const, text: "I understand. Let me look into that for you." },
  ]);
  const input = { message, language: "en", history, knowledge: [], policy: defaultPolicy, now: 0 };
  return heat.evaluate(input, heat.defaultThreshold) as Finding;
}

describe("heat", () => {
  it.each([
    ["en", "You are a bunch of incompetent idiots."],
    ["fr", "Bande d'incapables, vous êtes des escrocs !"],
    ["de", "Ihr seid echt Vollidioten, halt die Klappe."],
    ["es", "Sois unos inútiles y unos ladrones."],
  ])("never auto-sends a reply to an insult (%s: %s)", (_language, message) => {
    const finding = check(message);
    expect(finding.verdict).toBe("block");
    expect(finding.reason).toMatch(/The customer is angry: .*(insults|hostile)/);
  });

  it.each([
    ["en", "If this is not fixed by Friday I will contact my lawyer."],
    ["fr", "Je vais porter plainte et prendre un avocat."],
    ["de", "Ich schalte jetzt meinen Anwalt ein."],
    ["es", "Voy a hablar con mi abogado."],
  ])("never auto-sends a reply to a legal threat (%s: %s)", (_language, message) => {
    const finding = check(message);
    expect(finding.verdict).toBe("block");
    expect(finding.reason).toMatch(/legal words/);
  });

  it("hears shouting: capitals and a run of exclamation marks", () => {
    const finding = check("WHERE IS MY PARCEL!!!");
    expect(finding.verdict).toBe("block");
    expect(finding.reason).toMatch(/capital letters/);
    expect(finding.reason).toMatch(/exclamation marks/);
  });

  it("lets a calm message through", () => {
    const finding = check("Hi, could you tell me when my parcel will arrive?");
    expect(finding.verdict).toBe("pass");
    expect(finding.score).toBe(0);
    expect(finding.reason).toBe("The customer sounds calm.");
  });

  it("does not stop the bot for one mild sign of annoyance", () => {
    expect(check("This is the third time I ask about my refund.").verdict).toBe("pass");
  });

  it("rises over turns: the same mild annoyance three times in a row blocks", () => {
    const first = check("Still no news about my refund?");
    const third = check("Still no news about my refund?", ["Still waiting for my refund!!", "Once again, where is my refund?"]);
    expect(third.score).toBeGreaterThan(first.score);
    expect(first.verdict).toBe("pass");
    expect(third.verdict).toBe("block");
    expect(third.reason).toMatch(/over 3 turns/);
  });

  it("cools down when the customer calms down", () => {
    const heated = check("This is unacceptable!!");
    const calmer = check("Ok, thank you, can you send me the tracking link?", ["This is unacceptable!!"]);
    expect(calmer.score).toBeLessThan(heated.score);
    expect(calmer.verdict).toBe("pass");
  });

  it("reads swearing out of delight differently from swearing in anger", () => {
    expect(check("lol I love it, this is fucking brilliant").verdict).toBe("pass");
    expect(check("this is fucking broken again").verdict).toBe("block");
  });

  it("hears sarcastic thanks as anger", () => {
    expect(check("Thanks for nothing.").verdict).toBe("block");
  });

  it("does not take polite phrases for anger", () => {
    expect(check("I hate to bother you, but is the store open on Sunday?").verdict).toBe("pass");
    expect(check("Mon colis est en retard, pouvez-vous vérifier ?").verdict).toBe("pass");
  });
});
