// Snowball stemmers for the supported languages, so "livraisons" meets "livraison".
import { stemmer as en } from "@orama/stemmers/english";
import { stemmer as fr } from "@orama/stemmers/french";
import { stemmer as de } from "@orama/stemmers/german";
import { stemmer as es } from "@orama/stemmers/spanish";
import type { Language } from "./language.ts";
import { remember } from "./remember.ts";

const stemmers: Record<Language, (word: string) => string> = { en, fr, de, es };

// Customers and knowledge reuse a small vocabulary, and every check stems the same words again: remember
// them. Bounded, so a flood of unique words cannot grow memory without limit.
const MEMO_LIMIT = 50_000;
const remembered = {
  en: remember(MEMO_LIMIT, en),
  fr: remember(MEMO_LIMIT, fr),
  de: remember(MEMO_LIMIT, de),
  es: remember(MEMO_LIMIT, es),
} satisfies Record<Language, (word: string) => string>;

export function stem(word: string, language: Language): string {
  return remembered[language](word);
}

/** The stem without the memo, for a word unlikely to come back (two neighbouring words joined). */
export function stemOnce(word: string, language: Language): string {
  return stemmers[language](word);
}
