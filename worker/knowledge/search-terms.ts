// How text becomes index terms, per language: split like MiniSearch does (elisions such as "l'adresse" come
// apart), drop function words, stem with the language's Snowball stemmer, then fold accents so that
// "livraisons reçues" and "livraison recue" meet. No prefix or fuzzy matching: in support, "return" and
// "returnable" may be close, but "refund" and "refunded" are the only kind of closeness we want.
import MiniSearch from "minisearch";
import { isSupportedLanguage, type Language } from "../guard/text/language.ts";
import { stem } from "../guard/text/stem.ts";
import { isStopword } from "../guard/text/stopwords.ts";
import { fold } from "../guard/text/words.ts";

export const tokenize: (text: string) => string[] = MiniSearch.getDefault("tokenize");

/**
 * Words that frame a request rather than name its topic ("hi, I was wondering, could you help me…"). They are
 * left out of queries only: an article may well be about help, but a question's greeting says nothing of it.
 * Kept out: words that are also topics in support, such as "días" or "Tag" (both "day").
 */
const REQUEST_FRAMING: Record<Language, string> = {
  en: "hi hello hey dear thanks thank please wondering wonder question know tell need want help like ok okay good morning afternoon evening regards sir madam",
  fr: "bonjour bonsoir salut merci svp plaît plait voudrais veux aimerais savoir besoin aide aider question madame monsieur pouvez pourriez peux",
  de: "hallo guten danke bitte möchte möchten würde gerne wissen frage hilfe helfen brauche können könnten kann",
  es: "hola buenos buenas gracias favor quiero quisiera saber necesito ayuda ayudar pregunta puede podría puedo",
};

const framing = new Map<Language, Set<string>>();

/** The index term for a word of an article in `language`, or null when the word carries no topic. */
export function documentTerm(word: string, language: string): string | null {
  const lower = word.toLowerCase();
  // One letter is an elision ("l'", "d'") or a stray initial; one digit still counts ("option 2").
  if (lower.length < 2 && !/\d/.test(lower)) return null;
  if (!isSupportedLanguage(language)) return fold(lower);
  if (isStopword(lower, language) || isStopword(fold(lower), language)) return null;
  return fold(stem(lower, language));
}

/** Like documentTerm, also dropping the words that only frame a request. */
function queryTerm(word: string, language: string): string | null {
  const term = documentTerm(word, language);
  if (term === null || !isSupportedLanguage(language)) return term;
  return framingTerms(language).has(term) ? null : term;
}

/** The distinct query terms of a customer's message, in order. */
export function queryTerms(text: string, language: string): string[] {
  const terms = new Set<string>();
  for (const word of tokenize(text)) {
    const term = queryTerm(word, language);
    if (term) terms.add(term);
  }
  return [...terms];
}

function framingTerms(language: Language): Set<string> {
  let set = framing.get(language);
  if (!set) {
    set = new Set(REQUEST_FRAMING[language].split(" ").map((w) => fold(stem(w, language))));
    framing.set(language, set);
  }
  return set;
}
