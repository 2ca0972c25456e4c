// "ten-pin" is read as two words, "tenpin" as one: each pair of neighbouring words of a passage also stands
// as one word. Stemming every pair of every passage retrieved was close to a third of the compliance check's
// time, and almost no pair is ever asked for, so a pair is stemmed only when a term that could be its stem is
// looked up. A stem starts with its word's first three letters: the Porter and Snowball stemmers rewrite
// endings only, never within a word's first three letters, except that German spells "ß" as "ss" and a
// "y" that ends up last may become "i" ("day" → "dai", "ayed" → "ai"). Pairs wait in buckets by those letters.
import type { Token } from "../../similarity/tokens.ts";
import type { Language } from "../../text/language.ts";
import { stemOnce } from "../../text/stem.ts";
import { fold } from "../../text/words.ts";

const START = 3;

export class Compounds {
  readonly #language: Language;
  /** Pairs, written as one word, not stemmed yet, by how their stems must start. */
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
    if (start.length === START) this.#stemBucket(start);
    // A stem shorter than that ("aed" → "a") may come from any pair starting with it.
    else for (const key of [...this.#waiting.keys()]) if (key.startsWith(start)) this.#stemBucket(key);
    return this.#stems.has(term);
  }

  #stemBucket(start: string): void {
    const pairs = this.#waiting.get(start);
    if (!pairs) return;
    this.#waiting.delete(start);
    // Stemmed without the shared memo: these one-off words would only crowd out the common ones.
    for (const joined of pairs) this.#stems.add(fold(stemOnce(joined, this.#language)));
  }
}

function startOf(word: string): string {
  let start = word.slice(0, START);
  if (start.includes("ß")) start = start.replace(/ß/g, "ss").slice(0, START);
  return start.includes("y", 1) ? start[0] + start.slice(1).replace(/y/g, "i") : start;
}
