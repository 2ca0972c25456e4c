// The words and terms of one knowledge passage, as compliance keeps them from message to message: lexicon
// numbers in one typed array (lexicon.ts says why not strings). The array's contents live outside V8's heap,
// so a newly kept passage adds two small objects to what a young-generation collection copies, whatever its
// length.
import type { Token } from "../../similarity/tokens.ts";
import type { Language } from "../../text/language.ts";
import { broaderConcepts } from "../../text/synonyms.ts";
import type { Words } from "./compounds.ts";
import type { Lexicon } from "./lexicon.ts";
import { probeOf } from "./probe.ts";
import { isNegated } from "./stance.ts";

export class PassageTerms {
  /**
   * Four runs: every word as written (folded), function words included, in order; the content terms in
   * order, each as its concept; the terms, their concepts and the broader concepts they back, sorted; the
   * term prefixes, sorted. Sorted runs are searched by halves.
   */
  readonly #ids: Int32Array;
  readonly #termsAt: number;
  readonly #setAt: number;
  readonly #prefixesAt: number;
  readonly negated: boolean;

  constructor(tokens: readonly Token[], language: Language, lexicon: Lexicon) {
    // One array with room for every run before duplicates are dropped, filled in place and then copied at its
    // final length: the sets, lists and joined runs it replaced were a new passage's garbage.
    let content = 0;
    let wider = 0;
    for (const t of tokens) {
      if (!t.content) continue;
      content++;
      wider += broaderConcepts(t.term, language).length;
    }
    const termsAt = tokens.length;
    const setAt = termsAt + content;
    // Each content term brings itself, its concept and the broader concepts it backs to the set, and a prefix.
    const prefixesFrom = setAt + 2 * content + wider;
    const ids = new Int32Array(prefixesFrom + content);
    let word = 0;
    let term = termsAt;
    let set = setAt;
    let prefixes = prefixesFrom;
    for (const t of tokens) {
      ids[word++] = lexicon.add(t.word);
      if (!t.content) continue;
      const { concept, prefix } = probeOf(t.term, language);
      const conceptId = lexicon.add(concept);
      ids[term++] = conceptId;
      ids[set++] = lexicon.add(t.term);
      ids[set++] = conceptId;
      for (const broader of broaderConcepts(t.term, language)) ids[set++] = lexicon.add(broader);
      if (prefix !== undefined) ids[prefixes++] = lexicon.add(prefix);
    }
    const prefixesAt = sortUnique(ids, setAt, set);
    ids.copyWithin(prefixesAt, prefixesFrom, prefixes);
    this.#ids = ids.slice(0, sortUnique(ids, prefixesAt, prefixesAt + prefixes - prefixesFrom));
    this.#termsAt = termsAt;
    this.#setAt = setAt;
    this.#prefixesAt = prefixesAt;
    this.negated = isNegated(tokens, language);
  }

  /**
   * Whether the passage has the word (as written, folded) numbered `id`. A scan, not a search: only the
   * function words of a draft are looked for, and most are found in the first passage, near its start.
   */
  hasWord(id: number): boolean {
    if (id < 0) return false;
    for (let i = 0; i < this.#termsAt; i++) if (this.#ids[i] === id) return true;
    return false;
  }

  /** Whether a term of the passage, its concept or a broader concept it backs is numbered `id`. */
  hasTerm(id: number): boolean {
    return id >= 0 && includes(this.#ids, this.#setAt, this.#prefixesAt, id);
  }

  /** Whether a term of the passage starts with the prefix numbered `id`. */
  hasPrefix(id: number): boolean {
    return id >= 0 && includes(this.#ids, this.#prefixesAt, this.#ids.length, id);
  }

  /** The passage's words as written (folded), in order: read from the lexicon, not copied into a list. */
  words(lexicon: Lexicon): Words {
    return new PassageWords(this.#ids, this.#termsAt, lexicon);
  }

  /**
   * How many concepts of `order` (lexicon numbers) come in the same order among the passage's first `limit`
   * content terms: the length of their longest common subsequence, in O(n·m) time and O(m) memory.
   */
  sharedOrder(order: readonly number[], limit: number): number {
    const from = this.#termsAt;
    const m = Math.min(this.#setAt - from, limit);
    if (row.length < m + 1) row = new Uint16Array(m + 1);
    row.fill(0, 0, m + 1);
    for (let i = 0; i < order.length; i++) {
      let diagonal = 0;
      for (let j = 1; j <= m; j++) {
        const above = row[j]!;
        row[j] = order[i] === this.#ids[from + j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
        diagonal = above;
      }
    }
    return row[m]!;
  }
}

// The table's one row, reused by every comparison (they never overlap) rather than a fresh row for every
// sentence, clause and passage.
let row = new Uint16Array(256);

/**
 * Sorts `ids[from..to)` and drops its duplicates, in place; returns where the sorted run now ends. A typed
 * array sorts by number without a comparator, in place.
 */
function sortUnique(ids: Int32Array, from: number, to: number): number {
  ids.subarray(from, to).sort();
  let end = from;
  for (let i = from; i < to; i++) if (i === from || ids[i] !== ids[end - 1]) ids[end++] = ids[i]!;
  return end;
}

/**
 * A passage's words, read through its lexicon numbers: made for each passage of each draft whose compounds
 * are looked up, so one small object rather than a new list of the passage's words.
 */
class PassageWords implements Words {
  readonly #ids: Int32Array;
  readonly #lexicon: Lexicon;
  readonly length: number;

  constructor(ids: Int32Array, length: number, lexicon: Lexicon) {
    this.#ids = ids;
    this.#lexicon = lexicon;
    this.length = length;
  }

  at(index: number): string | undefined {
    return index >= 0 && index < this.length ? this.#lexicon.text(this.#ids[index]!) : undefined;
  }
}

/** Whether the sorted run `ids[from..to)` holds `id`. */
function includes(ids: Int32Array, from: number, to: number, id: number): boolean {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = ids[mid]!;
    if (at === id) return true;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
