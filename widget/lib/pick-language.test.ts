import { describe, expect, it } from "vitest";
import { pickLanguage } from "./pick-language.ts";

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
});
