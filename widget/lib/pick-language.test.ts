import { describe, expect, it } from "vitest";
import { pickLanguage, pickRegion } from "./pick-language.ts";

describe("pickLanguage", () => {
  it("takes the page's language when supported", () => {
    expect(pickLanguage("de", ["fr-FR"])).toBe("de");
  });

  it("falls back to the first supported browser preference, region ignored", () => {
    expect(pickLanguage("ja", ["pt-BR", "es-MX", "fr"])).toBe("es");
    expect(pickLanguage(undefined, ["FR-ca"])).toBe("fr");
  });

  it("speaks English when nothing matches", () => {
    expect(pickLanguage(null, ["ja", "zh-CN"])).toBe("en");
  });

  it("keeps to the languages the site offers, else the first of them", () => {
    expect(pickLanguage("de", ["fr-FR", "en"], ["en", "fr"])).toBe("fr");
    expect(pickLanguage("de", ["ja"], ["es", "fr"])).toBe("es");
  });
});

describe("pickRegion", () => {
  it("takes the region of the first tag in the visitor's language", () => {
    expect(pickRegion("fr", ["fr-BE", "fr-FR"])).toBe("BE");
    expect(pickRegion("en", [undefined, "de-DE", "en-GB"])).toBe("GB");
  });

  it("falls back to the language's home country, and to none for English", () => {
    expect(pickRegion("de", ["de"])).toBe("DE");
    expect(pickRegion("en", ["en", "fr-FR"])).toBeUndefined();
  });
});
