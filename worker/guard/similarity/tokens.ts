// Text as a sequence of comparable tokens: every word kept in order (order-aware measures need the
// function words too), each with its stemmed, accent-folded term and whether it carries content.
import type { Language } from "../text/language.ts";
import { stem } from "../text/stem.ts";
import { isStopword } from "../text/stopwords.ts";
import { fold } from "../text/words.ts";

export interface Token {
  /** Lower-cased, accent-folded word, French elision removed ("l'adresse" → "adresse"). */
  word: string;
  /** Stemmed and folded: what two texts compare on. */
  term: string;
  /** False for function words ("the", "de", "und"). */
  content: boolean;
}

// Letters and digits; an apostrophe inside a word ("don't", "l'adresse") and a decimal or thousands
// separator inside a number ("19.99", "1,000") stay in the token. A regular expression rather than
// Intl.Segmenter: the four languages separate words with spaces, and this is four times faster.
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+|[.,]\p{N}+)*/gu;
// "l'adresse", "d'expédition", "qu'il": French elided articles stay on the word.
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/u;
const ASCII = /^[\x00-\x7f]*$/;
const NUMBER = /^\d+(?:[.,]\d+)*$/;

// Stemming is the costliest step and drafts reuse the same words; a bounded memo per language keeps it
// cheap without holding memory forever in a long-lived isolate.
const STEM_MEMO_LIMIT = 20_000;
const stemMemo = new Map<Language, Map<string, string>>();

export function tokenize(text: string, language: Language): Token[] {
  const out: Token[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const bare = match[0].replace(ELISION, "");
    const word = ASCII.test(bare) ? bare : fold(bare);
    if (NUMBER.test(bare)) {
      out.push({ word, term: canonicalNumber(bare), content: true });
      continue;
    }
    const content = !isStopword(bare, language) && !isStopword(word, language);
    out.push({ word, term: content ? stemmed(bare, language) : word, content });
  }
  return out;
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

function stemmed(word: string, language: Language): string {
  let memo = stemMemo.get(language);
  if (!memo || memo.size >= STEM_MEMO_LIMIT) {
    memo = new Map();
    stemMemo.set(language, memo);
  }
  let term = memo.get(word);
  if (term === undefined) {
    term = fold(stem(word, language));
    memo.set(word, term);
  }
  return term;
}
