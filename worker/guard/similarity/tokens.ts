// Text as a sequence of comparable tokens: every word kept in order (order-aware measures need the
// function words too), each with its stemmed, accent-folded term and whether it carries content.
import type { Language } from "../text/language.ts";
import { rememberEach } from "../text/remember.ts";
import { stem } from "../text/stem.ts";
import { isStopword } from "../text/stopwords.ts";
import { fold } from "../text/words.ts";

export interface Token {
  /** Lower-cased, accent-folded word, French elision removed ("l'adresse" → "adresse"). */
  readonly word: string;
  /** Stemmed and folded: what two texts compare on. */
  readonly term: string;
  /** False for function words ("the", "de", "und"). */
  readonly content: boolean;
}

// Letters and digits; an apostrophe inside a word ("don't", "l'adresse") and a decimal or thousands
// separator inside a number ("19.99", "1,000") stay in the token. A regular expression rather than
// Intl.Segmenter: the four languages separate words with spaces, and this is four times faster.
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+|[.,]\p{N}+)*/gu;
// "l'adresse", "d'expédition", "qu'il": French elided articles stay on the word.
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/u;
const ASCII = /^[\x00-\x7f]*$/;
const NUMBER = /^\d+(?:[.,]\d+)*$/;

// Every check tokenises the draft, the message and the knowledge, and they share a small vocabulary: each
// word is read (elision, folding, stop list, stemming) once, and its token shared, so tokenising allocates
// little beyond the list. Tokens are read-only for that reason.
const VOCABULARY_LIMIT = 20_000;
const readerIn = rememberEach(VOCABULARY_LIMIT, readToken);

export function tokenize(text: string, language: Language): Token[] {
  const read = readerIn(language);
  // The words' own list becomes the tokens' (each word replaced by its token): one list per text instead of
  // two. It has the shape of a list built by push() (packed, of objects), which the checks' code is optimised for.
  const tokens: Array<string | Token> = text.toLowerCase().match(WORD) ?? [];
  for (let i = 0; i < tokens.length; i++) tokens[i] = read(tokens[i] as string);
  return tokens as Token[];
}

function readToken(raw: string, language: Language): Token {
  const bare = raw.replace(ELISION, "");
  const word = ASCII.test(bare) ? bare : fold(bare);
  if (NUMBER.test(bare)) return { word, term: canonicalNumber(bare), content: true };
  const content = !isStopword(bare, language) && !isStopword(word, language);
  return { word, term: content ? fold(stem(bare, language)) : word, content };
}

/**
 * One spelling per number: a separator followed by exactly three digits groups thousands ("1,000",
 * "1.000"); any other is the decimal mark ("4,90" and "4.90" are both "4.9").
 */
export function canonicalNumber(digits: string): string {
  const parts = digits.split(/[.,]/);
  if (parts.length === 1) return String(Number(parts[0]));
  const last = parts[parts.length - 1]!;
  if (last.length === 3) return String(Number(parts.join("")));
  return String(Number(`${parts.slice(0, -1).join("")}.${last}`));
}
