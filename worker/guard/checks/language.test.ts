import { describe, expect, it } from "vitest";
import { policySchema } from "../policy.ts";
import type { CheckInput, Finding } from "../types.ts";
import { language } from "./language.ts";

function check(message: string, languages: string[] = ["en", "fr", "de", "es"]) {
  const input: CheckInput = { message, language: "en", history: [], knowledge: [], policy: policySchema.parse({ languages }), now: 0 };
  return language.evaluate(input, language.defaultThreshold) as Finding;
}

describe("language checkpoint", () => {
  it("lets through messages in the site's languages", () => {
    expect(check("Where is my parcel, it should have arrived yesterday?").verdict).toBe("pass");
    expect(check("Je voudrais changer l'adresse de livraison de ma commande").verdict).toBe("pass");
  });

  it("sends a message in a language the site does not answer in to a person, naming both", () => {
    const italian = check("Buongiorno, vorrei sapere quando arriverà il mio ordine, grazie mille");
    expect(italian.verdict).toBe("block");
    expect(italian.reason).toBe("The customer writes in Italian; the site answers in English, French, German, Spanish.");
  });

  it("holds back a supported language the site has not switched on", () => {
    const german = check("Wann kommt meine Bestellung an, ich warte schon seit einer Woche?", ["en", "fr"]);
    expect(german.verdict).toBe("block");
    expect(german.reason).toContain("German");
  });

  it("does not judge messages too short to tell", () => {
    expect(check("grazie").verdict).toBe("pass");
    expect(check("ok thanks").verdict).toBe("pass");
    expect(check("9756 Primrose Street Newark, MI 85971").verdict).toBe("pass");
  });
});
