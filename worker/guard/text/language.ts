// Language of a message, among the languages Steward ships defaults for.
import { eld } from "eld/extrasmall";
import { remember } from "./remember.ts";

export const SUPPORTED_LANGUAGES = ["en", "fr", "de", "es"] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

// Two detectors: one choosing among the supported languages (the pipeline's language), one free to name any
// of eld's 60 (to notice a message in a language the site does not serve).
const anyLanguage = eld.newInstance();
eld.setLanguageSubset([...SUPPORTED_LANGUAGES]);

export function isSupportedLanguage(code: string): code is Language {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(code);
}

// Relevance, compliance and repeat each ask for the draft's language: it is detected once. Few texts are kept:
// a draft is new with every message, and what outlives it is work for the garbage collector.
const DETECTED_LIMIT = 64;
const supportedLanguageOf = remember(DETECTED_LIMIT, (text): Language | null => {
  const result = eld.detect(text);
  return isSupportedLanguage(result.language) && result.isReliable() ? result.language : null;
});

/**
 * The detected language, or `fallback` when the text is too short or mixed to tell reliably ("ok", "hi",
 * "Username: cminh730"):
 * a conversation's previous language is a better guess than a coin toss.
 */
export function detectLanguage(text: string, fallback: Language = "en"): Language {
  return supportedLanguageOf(text) ?? fallback;
}

/** Any language eld knows (ISO 639-1), with whether the text was long and clear enough to be sure. */
export function detectAnyLanguage(text: string): { language: string; reliable: boolean } {
  const result = anyLanguage.detect(text);
  return { language: result.language, reliable: result.language !== "" && result.isReliable() };
}
