// "ten-pin" is read as two words, "tenpin" as one: each pair of neighbouring words of a passage also stands
// as one word. Stemming every pair of every passage retrieved was close to a third of the compliance check's
// time, and almost no pair is ever asked for, so a pair is stemmed only when a term that could be its stem is
// looked up. A stem starts with its word's first three letters: the Porter and Snowball stemmers rewrite
// endings only, never within a word's first three letters, except that German spells "ß" as "ss" and a
// "y" that ends up last may become "i" ("day" → "dai", "ayed" → "ai"). Pairs are looked up by those letters.
import type { Language } from "../../text/language.ts";
import { stemOnce } from "../../text/stem.ts";
import { fold } from "../../text/words.ts";

const START = 3;
const SHARP_S = "ß".charCodeAt(0);
const S = "s".charCodeAt(0);
const Y = "y".charCodeAt(0);
const I = "i".charCodeAt(0);
// Marks a stemmed pair in place of its first code: a noncharacter, never in a word (letters and digits).
const STEMMED = 0xffff;

/** A passage's words as written (folded), in order: a list, or a view that reads them one by one. */
export interface Words {
  readonly length: number;
  at(index: number): string | undefined;
}

export class Compounds {
  readonly #language: Language;
  readonly #words: Words;
  /**
   * How each pair's stem must start, three character codes a pair, 0 where the pair is shorter; STEMMED first
   * once the pair is stemmed. Codes rather than strings: made for each passage of each draft, so cheap to build.
   */
  readonly #starts: Uint16Array;
  /** The stems of the pairs stemmed so far; none until a lookup needs one (most passages are never asked). */
  #stems: Set<string> | undefined;

  /** `words`: a passage's words as written (folded), in order. */
  constructor(words: Words, language: Language) {
    this.#language = language;
    this.#words = words;
    this.#starts = new Uint16Array(START * Math.max(0, words.length - 1));
    for (let i = 1; i < words.length; i++) {
      const at = START * (i - 1);
      const written = writeStart(this.#starts, at, 0, words.at(i - 1)!);
      writeStart(this.#starts, at, written, words.at(i)!);
    }
  }

  /** Whether `term` is the stem of a pair of neighbouring words. */
  has(term: string): boolean {
    if (this.#stems?.has(term)) return true;
    // A stem shorter than three letters ("aed" → "a") may come from any pair starting with it: only the
    // letters it has are compared (an empty start matches every pair).
    const length = writeStart(termStart, 0, 0, term);
    const first = termStart[0];
    const second = termStart[1];
    const third = termStart[2];
    const starts = this.#starts;
    let found = false;
    for (let pair = 1, at = 0; pair < this.#words.length; pair++, at += START) {
      if (starts[at] === STEMMED) continue;
      if ((length > 0 && starts[at] !== first) || (length > 1 && starts[at + 1] !== second) || (length > 2 && starts[at + 2] !== third)) continue;
      starts[at] = STEMMED;
      // Stemmed without the shared memo: these one-off words would only crowd out the common ones.
      const stem = fold(stemOnce(this.#words.at(pair - 1)! + this.#words.at(pair)!, this.#language));
      (this.#stems ??= new Set()).add(stem);
      found ||= stem === term;
    }
    return found;
  }
}

/** The start of the term looked up; one buffer, as lookups never overlap. */
const termStart = new Uint16Array(START);

/**
 * Writes the codes of `word` a stem must start with into `into` from position `at + from`, up to three in
 * all, "ß" as "ss" and "y" after the first as "i"; returns how many of the three are now written.
 */
function writeStart(into: Uint16Array, at: number, from: number, word: string): number {
  let n = from;
  for (let i = 0; i < word.length && n < START; i++) {
    const code = word.charCodeAt(i);
    if (code === SHARP_S) {
      into[at + n++] = S;
      if (n < START) into[at + n++] = S;
    } else {
      into[at + n] = code === Y && n > 0 ? I : code;
      n++;
    }
  }
  return n;
}
