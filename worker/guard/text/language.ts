// Language of a message, among the languages Steward ships defaults for.
import { eld } from "eld/extrasmall";

export const SUPPORTED_LANGUAGES = ["en", "fr", "de", "es"] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

eld.setLanguageSubset([...SUPPORTED_LANGUAGES]);

export function isSupportedLanguage(code: string): code is Language {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(code);
}

/**
 * The detected language, or `fallback` when the text is too short or mixed to tell reliably ("ok", "hi",
 * "Username: cminh730"):
 * a conversation's previous language is a better guess than a coin toss.
 */
export function detectLanguage(text: string, fallback: Language = "en"): Language {
  const result = eld.detect(text);
  return isSupportedLanguage(result.language) && result.isReliable() ? result.language : fallback;
}
