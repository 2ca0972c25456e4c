// Tokens for comparing a draft with the knowledge, with English contractions read as what they are:
// "he's", "that's" and "don't" are function words, not claims to look up, and chat text often
// detaches the clitic ("it 's", "do n't", "did nt") so that a lone "s" or "nt" would count as content.
import type { Language } from "../../text/language.ts";
import { isStopword } from "../../text/stopwords.ts";
import { tokenize, type Token } from "../../similarity/tokens.ts";

const DETACHED_CLITIC = /(\p{L})\s+(['’](?:s|re|ve|ll|d|m|t)|n['’]t)(?!\p{L})/giu;
const BARE_NOT = /\b(do|does|did|is|are|was|were|ca|could|would|should|wo|have|has|had)\s?nt\b/gi;
const CONTRACTION = /^(\p{L}+?)(?:n't|['’](?:s|re|ve|ll|d|m))$/u;

export function claimTokens(text: string, language: Language): Token[] {
  const joined = language === "en" ? text.replace(DETACHED_CLITIC, "$1$2").replace(BARE_NOT, "$1n't") : text;
  const tokens = tokenize(joined, language);
  if (language !== "en") return tokens;
  // Replaced in place (the list is this call's own): a list built by map() has another shape in V8 than one
  // built by push(), and code optimised for one shape is thrown away when it meets the other.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.content && isFunctionContraction(t.word, language)) tokens[i] = { ...t, term: t.word, content: false };
  }
  return tokens;
}

function isFunctionContraction(word: string, language: Language): boolean {
  // Most words have no apostrophe, and no contraction is without one.
  if (!word.includes("'") && !word.includes("’")) return false;
  const base = CONTRACTION.exec(word.replace(/’/g, "'"))?.[1];
  return base !== undefined && (isStopword(base, language) || base === "ca" || base === "wo");
}
