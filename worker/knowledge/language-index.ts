// The index of the passages of one language. MiniSearch finds candidate passages (BM25, Snowball terms); a
// small forward index (the distinct terms of each passage, as sorted ids) scores them (match-score.ts) and
// gives each term's document frequency.
//
// Why both: MiniSearch's cost grows with the postings it visits, and a word like "order" in a shop's knowledge
// sits in a quarter of the passages. Such common words are left out of the MiniSearch query when the question
// has rarer ones (a passage holding only common words rarely outranks one holding a rare word the question
// asked about), yet they still count in each candidate's score, read from the forward index. A question made
// only of common words is answered by scanning the forward index instead.
import MiniSearch, { type AsPlainObject } from "minisearch";
import { idf, matchScore } from "./match-score.ts";
import { documentTerm, tokenize } from "./search-terms.ts";

/** A term in more than this share of the passages is common: searched only when the question has no rarer one. */
const COMMON_SHARE = 0.05;
/** A question made only of common terms finds its candidates through this many of the least common. */
const COMMON_TERMS_SEARCHED = 2;
/** A long message is still one question; past this many distinct terms, the rest is left out. */
const MAX_QUERY_TERMS = 32;

export interface Hit {
  /** Position of the passage in the knowledge index's list. */
  id: number;
  score: number;
  /** Orders hits of equal score, higher first: MiniSearch's BM25 (more occurrences, shorter passage, title match). */
  tiebreak: number;
}

export interface LanguageIndex {
  /** Hits for a question's processed terms (search-terms.ts), in no particular order. */
  search(terms: string[]): Hit[];
  toJSON(): SerializedLanguageIndex;
}

export interface SerializedLanguageIndex {
  search: AsPlainObject;
  vocabulary: string[];
  /** Per passage (by its id), the ids of its distinct terms, ascending. */
  termsOf: Record<string, number[]>;
}

export interface IndexedPassage {
  id: number;
  /** What the passage is about: article title, section heading, tags. */
  title: string;
  text: string;
}

export function buildLanguageIndex(language: string, passages: IndexedPassage[]): LanguageIndex {
  const vocabulary = new Map<string, number>();
  const termsOf = new Map<number, Uint32Array>();
  let adding = new Set<number>();
  // MiniSearch calls processTerm for each word of a passage while adding it: the passage's distinct terms are
  // collected there, without tokenizing twice.
  const index = new MiniSearch<IndexedPassage>(
    optionsFor(language, (word) => {
      const term = documentTerm(word, language);
      if (term !== null) {
        let id = vocabulary.get(term);
        if (id === undefined) vocabulary.set(term, (id = vocabulary.size));
        adding.add(id);
      }
      return term;
    }),
  );
  for (const passage of passages) {
    adding = new Set();
    index.add(passage);
    termsOf.set(passage.id, Uint32Array.from(adding).sort());
  }
  return searchable(index, vocabulary, termsOf);
}

export function loadLanguageIndex(language: string, serialized: SerializedLanguageIndex): LanguageIndex {
  const index = MiniSearch.loadJS<IndexedPassage>(serialized.search, optionsFor(language, (word) => documentTerm(word, language)));
  const vocabulary = new Map(serialized.vocabulary.map((term, id) => [term, id]));
  const termsOf = new Map(Object.entries(serialized.termsOf).map(([id, terms]) => [Number(id), Uint32Array.from(terms)]));
  return searchable(index, vocabulary, termsOf);
}

function searchable(index: MiniSearch<IndexedPassage>, vocabulary: Map<string, number>, termsOf: Map<number, Uint32Array>): LanguageIndex {
  const df = new Uint32Array(vocabulary.size);
  for (const terms of termsOf.values()) for (const id of terms) df[id]++;
  const n = termsOf.size;
  return {
    search(allTerms) {
      const terms = allTerms.slice(0, MAX_QUERY_TERMS);
      const ids = terms.map((t) => vocabulary.get(t));
      const known = ids.filter((id): id is number => id !== undefined);
      if (known.length === 0) return [];
      const weights = new Map(known.map((id) => [id, idf(df[id], n)]));
      // Words the knowledge never mentions weigh the most: the question asks for something it does not hold.
      // Unknown numbers do not count: they are order numbers, phone numbers and amounts of the customer's own,
      // which no knowledge holds (and the compliance check stops a reply that states a number not in it).
      const total = ids.reduce<number>((sum, id, i) => {
        if (id !== undefined) return sum + weights.get(id)!;
        return /\d/.test(terms[i]) ? sum : sum + idf(0, n);
      }, 0);
      const rare = known.filter((id) => df[id] <= n * COMMON_SHARE);
      const score = (passage: number, tiebreak: number): Hit => {
        const own = termsOf.get(passage)!;
        let matched = 0;
        for (const [id, weight] of weights) if (contains(own, id)) matched += weight;
        return { id: passage, score: matchScore(matched, total, n), tiebreak };
      };
      if (rare.length === 0) {
        // Only common terms: MiniSearch would visit a large share of all postings, a scan of the forward index
        // is cheaper. Its passages hold the least common of them; the shorter ones (fewer terms) come first.
        const sought = [...known].sort((a, b) => df[a] - df[b]).slice(0, COMMON_TERMS_SEARCHED);
        const found: Hit[] = [];
        for (const [passage, own] of termsOf) if (sought.some((id) => contains(own, id))) found.push(score(passage, -own.length));
        return found;
      }
      const searched = rare.map((id) => terms[ids.indexOf(id)]);
      // The terms are already processed: MiniSearch is told to take them as they are.
      const hits = index.search(searched.join(" "), { tokenize: (q) => q.split(" "), processTerm: (t) => t });
      return hits.map((hit) => score(hit.id as number, hit.score));
    },
    toJSON() {
      return {
        search: index.toJSON(),
        vocabulary: [...vocabulary.keys()],
        termsOf: Object.fromEntries([...termsOf].map(([id, terms]) => [id, [...terms]])),
      };
    },
  };
}

function contains(sorted: Uint32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === value) return true;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function optionsFor(language: string, processTerm: (word: string) => string | null) {
  return {
    fields: ["title", "text"],
    tokenize,
    processTerm,
    searchOptions: { combineWith: "OR" as const, prefix: false, fuzzy: false, boost: { title: 2 } },
  };
}
