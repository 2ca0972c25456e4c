// The language a check reads each text in: the customer's message, and the draft (relevance, compliance, repeat).
import { detectLanguage, isSupportedLanguage, type Language } from "../text/language.ts";
import type { CheckInput } from "../types.ts";

/**
 * The drafter's word when it knows the language (the extractive default quotes passages of a known language:
 * detecting it again cost ~34 KB of a message's ~280 KB of garbage), else detected from the draft's opening,
 * which tells it as well as the whole at a fraction of the cost. A text too short to tell is taken to be in
 * the customer's language.
 */
export function draftLanguage(input: CheckInput): Language {
  if (input.draftLanguage !== undefined && isSupportedLanguage(input.draftLanguage)) return input.draftLanguage;
  return detectLanguage((input.draft ?? "").slice(0, 400), customerLanguage(input));
}

/** The customer's language when Steward supports it, else English. */
export function customerLanguage(input: CheckInput): Language {
  return isSupportedLanguage(input.language) ? input.language : "en";
}
