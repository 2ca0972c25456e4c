// Snowball stemmers for the supported languages, so "livraisons" meets "livraison".
import { stemmer as en } from "@orama/stemmers/english";
import { stemmer as fr } from "@orama/stemmers/french";
import { stemmer as de } from "@orama/stemmers/german";
import { stemmer as es } from "@orama/stemmers/spanish";
import type { Language } from "./language.ts";

const stemmers: Record<Language, (word: string) => string> = { en, fr, de, es };

export function stem(word: string, language: Language): string {
  return stemmers[language](word);
}
