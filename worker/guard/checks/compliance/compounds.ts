// "ten-pin" is read as two words, "tenpin" as one: each pair of neighbouring words of a passage also stands
// as one word. Stemming every pair of every passage retrieved was a third of the compliance check's time, and
// almost every pair is never asked for, so a pair is stemmed only when a term that could be its stem is
// looked up. A stem starts with its word's first two letters (the Porter and Snowball stemmers rewrite
// endings only; German spells "ß" as "ss"): pairs wait in buckets by those letters.
import type { Token } from "../../similarity/tokens.ts";
import type { Language } from "../../text/language.ts";
import { stem } from "../../text/stem.ts";
import { fold } from "../../text/words.ts";

export class Compounds {
  readonly #language: Language;
  /** Pairs, written as one word, not stemmed yet, by their first two letters. */
  readonly #waiting = new Map<string, string[]>();
  readonly #stems = new Set<string>();

  constructor(tokens: readonly Token[], language: Language) {
    this.#language = language;
    for (let i = 1; i < tokens.length; i++) {
      const joined = tokens[i - 1]!.word + tokens[i]!.word;
      const start = startOf(joined);
      const bucket = this.#waiting.get(start);
      if (bucket) bucket.push(joined);
      else this.#waiting.set(start, [joined]);
    }
  }

  /** Whether `term` is the stem of a pair of neighbouring words. */
  has(term: string): boolean {
    if (this.#stems.has(term)) return true;
    if (this.#waiting.size === 0) return false;
    const start = startOf(term);
    // A stem of one letter ("aed" → "a") may come from a pair of any bucket starting with that letter.
    if (start.length < 2) for (const key of [...this.#waiting.keys()]) this.#stemBucket(key);
    else this.#stemBucket(start);
    return this.#stems.has(term);
  }

  #stemBucket(start: string): void {
    const pairs = this.#waiting.get(start);
    if (!pairs) return;
    this.#waiting.delete(start);
    for (const joined of pairs) this.#stems.add(fold(stem(joined, this.#language)));
  }
}

function startOf(word: string): string {
  return word.slice(0, 2).replace(/ß/g, "ss").slice(0, 2);
}
