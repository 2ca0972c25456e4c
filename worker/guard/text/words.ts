// Word segmentation and normalisation shared by the checkpoints.
import type { Language } from "./language.ts";
import { remember } from "./remember.ts";
import { stem } from "./stem.ts";
import { isStopword } from "./stopwords.ts";

const segmenter = new Intl.Segmenter("und", { granularity: "word" });

/** Lower-cased word tokens (letters and digits), in order, punctuation dropped. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const part of segmenter.segment(text.toLowerCase())) {
    if (part.isWordLike) out.push(part.segment);
  }
  return out;
}

// Patterns are constants here and below: a regular expression literal makes a new RegExp object each time
// it is evaluated, and fold runs on every word of every text.
const ASCII = /^[\x00-\x7f]*$/;
const MARKS = /\p{M}+/gu;

const FOLD_MEMO_LIMIT = 50_000;
// Words come back; whole texts (a message, a passage) rarely do, and would only fill the memo with copies.
const FOLD_MEMO_MAX_LENGTH = 40;
const foldWord = remember(FOLD_MEMO_LIMIT, (word) => stripAccents(word));

/** Removes accents, so "reçu" and "recu" (as customers type) compare equal. */
export function fold(word: string): string {
  // Plain ASCII has no accents: most words skip the costly normalisation.
  if (ASCII.test(word)) return word;
  return word.length > FOLD_MEMO_MAX_LENGTH ? stripAccents(word) : foldWord(word);
}

// Whitespace other than one space before a non-space: most of a text's whitespace is a single space already,
// and replacing each of those with itself cost the pieces of a copy of the text (3.6 KB for a 270-letter draft).
const LOOSE_WHITESPACE = /(?! \S)\s+/g;

/** Every run of whitespace as one space, as `text.replace(/\s+/g, " ")` gives, with less garbage. */
export function collapseWhitespace(text: string): string {
  return text.replace(LOOSE_WHITESPACE, " ");
}

function stripAccents(text: string): string {
  return text.normalize("NFD").replace(MARKS, "");
}

/** Stemmed, accent-folded content words: what overlap and similarity measures compare. */
export function contentTerms(text: string, language: Language): string[] {
  return words(text)
    .filter((w) => !isStopword(w, language))
    .map((w) => fold(stem(w, language)));
}
