// "ten-pin" is read as two words, "tenpin" as one: each pair of neighbouring words of a passage also stands
// as one word. Stemming every pair of every passage retrieved was close to a third of the compliance check's
// time, and almost no pair is ever asked for, so a pair is stemmed only when a term that could be its stem is
// looked up. A stem starts with its word's first three letters: the Porter and Snowball stemmers rewrite
// endings only, never within a word's first three letters, except that German spells "ß" as "ss" and a
// "y" that ends up last may become "i" ("day" → "dai", "ayed" → "ai"). Pairs are looked up by those letters.
import type { Token } from "../../similarity/tokens.ts";
import type { Language } from "../../text/language.ts";
import { stemOnce } from "../../text/stem.ts";
import { fold } from "../../text/words.ts";

const START = 3;

export class Compounds {
  readonly #language: Language;
  readonly #words: readonly string[];
  /**
   * How each pair's stem must start, three characters a pair, padded: one short string rather than a map of
   * buckets, because a passage's facts are kept for later messages and must stay small.
   */
  readonly #starts: string;
  /** Pairs already stemmed, by the index of their second word. */
  readonly #stemmed: Uint8Array;
  readonly #stems = new Set<string>();

  constructor(tokens: readonly Token[], language: Language) {
    this.#language = language;
    this.#words = tokens.map((t) => t.word);
    this.#stemmed = new Uint8Array(tokens.length);
    const starts: string[] = [];
    for (let i = 1; i < tokens.length; i++) {
      const first = this.#words[i - 1]!;
      starts.push(startOf(first.length >= START ? first : first + this.#words[i]!).padEnd(START, PAD));
    }
    // Joined, so one flat string is kept rather than a rope of pieces.
    this.#starts = starts.join("");
  }

  /** Whether `term` is the stem of a pair of neighbouring words. */
  has(term: string): boolean {
    if (this.#stems.has(term)) return true;
    // A stem shorter than three letters ("aed" → "a") may come from any pair starting with it, hence indexOf.
    const start = startOf(term);
    let found = false;
    for (let at = this.#starts.indexOf(start); at >= 0 && at < this.#starts.length; at = this.#starts.indexOf(start, at + 1)) {
      if (at % START !== 0) continue;
      const second = at / START + 1;
      if (this.#stemmed[second]) continue;
      this.#stemmed[second] = 1;
      // Stemmed without the shared memo: these one-off words would only crowd out the common ones.
      const stem = fold(stemOnce(this.#words[second - 1]! + this.#words[second]!, this.#language));
      this.#stems.add(stem);
      found ||= stem === term;
    }
    return found;
  }
}

const PAD = "\u0000";

function startOf(word: string): string {
  let start = word.slice(0, START);
  if (start.includes("ß")) start = start.replace(/ß/g, "ss").slice(0, START);
  return start.includes("y", 1) ? start[0] + start.slice(1).replace(/y/g, "i") : start;
}
