// The index of the passages of one language. MiniSearch finds candidate passages (BM25, Snowball terms); a
// small forward index (the distinct terms of each passage, as sorted ids) scores them exactly (match-score.ts)
// and gives each term's document frequency. With both, a question's terms are searched rarest first and the
// search stops as soon as the rest cannot change the best passages: a word like "order", in a quarter of a
// shop's passages, would otherwise make MiniSearch visit a quarter of the index for every question.
import MiniSearch, { type AsPlainObject } from "minisearch";
import { idf, matchScore } from "./match-score.ts";
import { documentTerm, tokenize } from "./search-terms.ts";
import { TopHits, type Hit } from "./top-hits.ts";

/** Past this share of the passages, a term's postings are longer than a scan of the forward index is costly. */
const COMMON_SHARE = 0.05;
/** A long message is still one question; past this many distinct terms, the rest is left out. */
const MAX_QUERY_TERMS = 32;

export interface LanguageIndex {
  /** The best `limit` passages for a question's processed terms (search-terms.ts), best first. */
  search(terms: string[], limit: number): Hit[];
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

interface Parts {
  index: MiniSearch<IndexedPassage>;
  vocabulary: Map<string, number>;
  termsOf: Map<number, Uint32Array>;
  df: Uint32Array;
  n: number;
}

interface QueryTerm {
  term: string;
  id: number;
  weight: number;
}

function searchable(index: MiniSearch<IndexedPassage>, vocabulary: Map<string, number>, termsOf: Map<number, Uint32Array>): LanguageIndex {
  const df = new Uint32Array(vocabulary.size);
  for (const terms of termsOf.values()) for (const id of terms) df[id]++;
  const parts: Parts = { index, vocabulary, termsOf, df, n: termsOf.size };
  return {
    search(terms, limit) {
      const { known, total } = weigh(parts, terms.slice(0, MAX_QUERY_TERMS));
      if (known.length === 0) return [];
      const matchedIdf = (passage: number) => {
        const own = termsOf.get(passage)!;
        let matched = 0;
        for (const k of known) if (contains(own, k.id)) matched += k.weight;
        return matched;
      };
      const { found, scanned } = gather(parts, known, limit, matchedIdf);
      const top = new TopHits(limit);
      for (const [id, f] of found) top.offer({ id, score: matchScore(f.matched, total, parts.n), tiebreak: f.tiebreak });
      if (scanned.length > 0) {
        for (const [passage, own] of termsOf) {
          if (found.has(passage) || !scanned.some((id) => contains(own, id))) continue;
          // Shorter passages (fewer terms) come first among equals.
          const score = matchScore(matchedIdf(passage), total, parts.n);
          if (top.accepts(score, -own.length)) top.offer({ id: passage, score, tiebreak: -own.length });
        }
      }
      return top.hits();
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

/** The question's known terms with their idf, rarest first, and the idf of the whole question. */
function weigh({ vocabulary, df, n }: Parts, terms: string[]): { known: QueryTerm[]; total: number } {
  const known = terms.flatMap((term) => {
    const id = vocabulary.get(term);
    return id === undefined ? [] : [{ term, id, weight: idf(df[id], n) }];
  });
  known.sort((a, b) => df[a.id] - df[b.id]);
  // Words the knowledge never mentions weigh the most: the question asks for something it does not hold.
  // Unknown numbers do not count: they are order numbers, phone numbers and amounts of the customer's own,
  // which no knowledge holds (and the compliance check stops a reply that states a number not in it).
  const unknown = terms.filter((t) => !vocabulary.has(t) && !/\d/.test(t));
  return { known, total: known.reduce((sum, k) => sum + k.weight, 0) + unknown.length * idf(0, n) };
}

/**
 * Candidates, searching the rarest terms first. A passage holding none of the terms searched so far can match
 * at most the weight of the rest; once `limit` candidates match more than that, no other passage can enter the
 * result (MaxScore, Turtle & Flood 1995), so common words are rarely searched at all. When only common terms
 * are left, they are returned as `scanned`: reading every passage's terms costs less than their postings.
 */
function gather(
  { index, df, n }: Parts,
  known: QueryTerm[],
  limit: number,
  matchedIdf: (passage: number) => number,
): { found: Map<number, { matched: number; tiebreak: number }>; scanned: number[] } {
  const found = new Map<number, { matched: number; tiebreak: number }>();
  const best: number[] = [];
  let rest = known.reduce((sum, k) => sum + k.weight, 0);
  for (const [i, k] of known.entries()) {
    if (best.length === limit && best[limit - 1] > rest) break;
    if (df[k.id] > n * COMMON_SHARE) return { found, scanned: known.slice(i).map((c) => c.id) };
    // The term is already processed: MiniSearch is told to take it as it is.
    for (const hit of index.search(k.term, { tokenize: (q) => [q], processTerm: (t) => t })) {
      const seen = found.get(hit.id as number);
      if (seen) {
        seen.tiebreak += hit.score;
        continue;
      }
      const matched = matchedIdf(hit.id as number);
      found.set(hit.id as number, { matched, tiebreak: hit.score });
      keepBest(best, matched, limit);
    }
    rest -= k.weight;
  }
  return { found, scanned: [] };
}

/** Keeps the `limit` highest values seen, highest first. */
function keepBest(best: number[], value: number, limit: number): void {
  if (best.length === limit && value <= best[limit - 1]) return;
  let i = best.length;
  while (i > 0 && best[i - 1] < value) i--;
  best.splice(i, 0, value);
  if (best.length > limit) best.pop();
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
