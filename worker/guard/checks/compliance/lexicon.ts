// The strings of the knowledge (words, stems, concepts, prefixes) numbered once, so that a passage's kept
// facts are arrays of small integers rather than sets of strings. Kept facts are promoted by V8's
// young-generation collections, which copy every live object: as sets of strings a passage weighed ~4.6 KB,
// and the few new passages of each message made those collections the slowest messages of all
// (BENCHMARKS.md). The lexicon grows only with the knowledge's own vocabulary: a draft's words are looked up,
// never added, so a flood of unseen words cannot grow it.
export class Lexicon {
  readonly #ids = new Map<string, number>();
  readonly #texts: string[] = [];

  /** How many strings are numbered. */
  get size(): number {
    return this.#texts.length;
  }

  /** The number of `text`, numbered now if it is new (for the knowledge's strings only). */
  add(text: string): number {
    let id = this.#ids.get(text);
    if (id === undefined) {
      id = this.#texts.length;
      this.#texts.push(text);
      this.#ids.set(text, id);
    }
    return id;
  }

  /** The number of `text`, or -1 when no passage read so far has it. */
  find(text: string): number {
    return this.#ids.get(text) ?? -1;
  }

  text(id: number): string {
    return this.#texts[id]!;
  }
}
