// The index of the passages of one language. MiniSearch finds candidate passages (its postings of Snowball
// terms); a small forward index (the distinct terms of each passage, as sorted ids) scores them exactly
// (match-score.ts) and gives each term's document frequency. With both, a question's terms are searched rarest
// first and the search stops as soon as the rest cannot change the best passages: a word like "order", in a
// quarter of a shop's passages, would otherwise make MiniSearch visit a quarter of the index for every question.
// The forward index keeps a passage's title terms (article title, tags) apart from its text's (section heading
// and body): what an article is about weighs more than what a passage mentions.
import MiniSearch, { type AsPlainObject } from "minisearch";
import { idf, matchRank, matchScore, TITLE_BOOST } from "./match-score.ts";
import { documentTerm, tokenize, type Asked } from "./search-terms.ts";
import { TopHits, type Hit } from "./top-hits.ts";

/** Past this share of the passages, a term's postings are longer than a scan of the forward index is costly. */
const COMMON_SHARE = 0.05;
/** A long message is still one question; past this many things asked, the rest is left out. */
const MAX_QUERY_TERMS = 32;

export interface LanguageIndex {
  /**
   * The best `limit` passages for what a question asks (search-terms.ts), best first. With `groupOf`, one
   * passage per group at most (the best).
   */
  search(asked: Asked[], limit: number, groupOf?: (passage: number) => string): Hit[];
  /** Of some passages (an article's sections), the one whose own text holds most of the question; the earliest on a tie. */
  bestSection(asked: Asked[], passages: number[]): number;
  toJSON(): SerializedLanguageIndex;
}

export interface SerializedLanguageIndex {
  search: AsPlainObject;
  vocabulary: string[];
  /** Per passage (by its id), the ids of the distinct terms of its heading and text, ascending. */
  textTermsOf: Record<string, number[]>;
  /** Per passage, the ids of the distinct terms of its article's title and tags, ascending. */
  titleTermsOf: Record<string, number[]>;
}

export interface IndexedPassage {
  id: number;
  /** What the whole article is about: its title and tags. */
  title: string;
  /** The section heading; searched as text, since it names one section's topic among the article's. */
  heading: string;
  text: string;
  /** Terms indexed as they are, with no word processing: the kinds of fact the passage states (fact-kinds.ts). */
  marks: string;
}

interface Terms {
  text: Uint32Array;
  title: Uint32Array;
}

export function buildLanguageIndex(language: string, passages: IndexedPassage[]): LanguageIndex {
  const vocabulary = new Map<string, number>();
  const termsOf = new Map<number, Terms>();
  let text = new Set<number>();
  let title = new Set<number>();
  // MiniSearch calls processTerm for each word of a passage while adding it: the passage's distinct terms are
  // collected there, without tokenizing twice.
  const index = new MiniSearch<IndexedPassage>(
    optionsFor(language, (term, field) => {
      let id = vocabulary.get(term);
      if (id === undefined) vocabulary.set(term, (id = vocabulary.size));
      (field === "title" ? title : text).add(id);
    }),
  );
  for (const passage of passages) {
    text = new Set();
    title = new Set();
    index.add(passage);
    termsOf.set(passage.id, { text: Uint32Array.from(text).sort(), title: Uint32Array.from(title).sort() });
  }
  return searchable(index, vocabulary, termsOf);
}

export function loadLanguageIndex(language: string, serialized: SerializedLanguageIndex): LanguageIndex {
  const index = MiniSearch.loadJS<IndexedPassage>(serialized.search, optionsFor(language));
  const vocabulary = new Map(serialized.vocabulary.map((term, id) => [term, id]));
  const termsOf = new Map<number, Terms>();
  for (const [id, text] of Object.entries(serialized.textTermsOf)) {
    termsOf.set(Number(id), { text: Uint32Array.from(text), title: Uint32Array.from(serialized.titleTermsOf[id] ?? []) });
  }
  return searchable(index, vocabulary, termsOf);
}

interface Parts {
  index: MiniSearch<IndexedPassage>;
  vocabulary: Map<string, number>;
  termsOf: Map<number, Terms>;
  df: Uint32Array;
  n: number;
  /** Passages holding a thing asked in several wordings, by its wordings, counted on first use. */
  holders: Map<string, number>;
}

/** One thing asked, as the index knows it: its wordings as term ids, how many passages hold it, its weight. */
interface QueryPart {
  wordings: Uint32Array[];
  /** The rarest term of each wording: its postings hold every passage with that wording. */
  keys: string[];
  df: number;
  weight: number;
}

/** How much of a question a passage holds (idf summed): in all, with its title's share boosted, in its text. */
interface Match {
  matched: number;
  boosted: number;
  inText: number;
}

function searchable(index: MiniSearch<IndexedPassage>, vocabulary: Map<string, number>, termsOf: Map<number, Terms>): LanguageIndex {
  const df = new Uint32Array(vocabulary.size);
  for (const terms of termsOf.values()) {
    for (const id of terms.text) df[id]++;
    for (const id of terms.title) if (!contains(terms.text, id)) df[id]++;
  }
  const parts: Parts = { index, vocabulary, termsOf, df, n: termsOf.size, holders: new Map() };
  return {
    search(asked, limit, groupOf) {
      const { known, total } = weigh(parts, asked.slice(0, MAX_QUERY_TERMS));
      if (known.length === 0) return [];
      const matchOf = (passage: number) => match(termsOf.get(passage)!, known);
      const { found, scanned } = gather(parts, known, limit, matchOf, groupOf);
      const top = new TopHits(limit);
      const offer = (id: number, m: Match) => {
        const rank = matchRank(m.matched, m.boosted, total, parts.n);
        // Among passages of equal rank, the one whose own text holds most of the question.
        if (top.accepts(rank, m.inText, id)) top.offer({ id, score: matchScore(m.matched, m.boosted, total, parts.n), rank, tiebreak: m.inText }, rank, groupOf?.(id));
      };
      for (const [id, match] of found) offer(id, match);
      if (scanned.length > 0) {
        for (const [passage, own] of termsOf) {
          if (!found.has(passage) && scanned.some((k) => holdsAll(own, k))) offer(passage, matchOf(passage));
        }
      }
      return top.hits();
    },
    bestSection(asked, passages) {
      const { known, total } = weigh(parts, asked.slice(0, MAX_QUERY_TERMS));
      let best = passages[0];
      let most = { inText: -1, rank: -1 };
      for (const passage of passages) {
        const m = match(termsOf.get(passage)!, known);
        const rank = matchRank(m.matched, m.boosted, total, parts.n);
        if (m.inText > most.inText || (m.inText === most.inText && rank > most.rank)) [best, most] = [passage, { inText: m.inText, rank }];
      }
      return best;
    },
    toJSON() {
      const plain = (which: keyof Terms) => Object.fromEntries([...termsOf].map(([id, terms]) => [id, [...terms[which]]]));
      return { search: index.toJSON(), vocabulary: [...vocabulary.keys()], textTermsOf: plain("text"), titleTermsOf: plain("title") };
    },
  };
}

function match(own: Terms, known: QueryPart[]): Match {
  const found = { matched: 0, boosted: 0, inText: 0 };
  for (const k of known) {
    if (!holdsAll(own, k)) continue;
    found.matched += k.weight;
    found.boosted += holds(own.title, k) ? k.weight * TITLE_BOOST : k.weight;
    if (holds(own.text, k)) found.inText += k.weight;
  }
  return found;
}

/** The question's known parts with their idf, rarest first, and the idf of the whole question. */
function weigh(parts: Parts, asked: Asked[]): { known: QueryPart[]; total: number } {
  const { vocabulary, df, n } = parts;
  const known: QueryPart[] = [];
  let unknown = 0;
  for (const wordings of asked) {
    const ids: Uint32Array[] = [];
    const keys: string[] = [];
    for (const wording of wordings) {
      const termIds = wording.map((t) => vocabulary.get(t));
      if (termIds.some((id) => id === undefined)) continue;
      ids.push(Uint32Array.from(termIds as number[]).sort());
      keys.push(wording.reduce((a, b) => (df[vocabulary.get(a)!] <= df[vocabulary.get(b)!] ? a : b)));
    }
    if (ids.length === 0) {
      // Words the knowledge never mentions weigh the most: the question asks for something it does not hold.
      if (countsWhenUnknown(wordings[0])) unknown++;
      continue;
    }
    const part = { wordings: ids, keys, df: 0, weight: 0 };
    part.df = ids.length === 1 && ids[0].length === 1 ? df[ids[0][0]] : holdersOf(parts, part);
    part.weight = idf(part.df, n);
    known.push(part);
  }
  known.sort((a, b) => a.df - b.df);
  return { known, total: known.reduce((sum, k) => sum + k.weight, 0) + unknown * idf(0, n) };
}

/**
 * Unknown numbers do not count: they are order numbers, phone numbers and amounts of the customer's own, which
 * no knowledge holds (and the compliance check stops a reply that states a number not in it). Nor does a kind
 * of fact the knowledge never states: the words of the question still decide.
 */
function countsWhenUnknown(wording: readonly string[]): boolean {
  return !wording.some((t) => /\d/.test(t) || t.startsWith("#"));
}

/** How many passages hold one of several wordings (or all terms of one): one scan of the forward index, then remembered. */
function holdersOf(parts: Parts, part: QueryPart): number {
  const key = part.wordings.map((w) => w.join(",")).join("|");
  let count = parts.holders.get(key);
  if (count === undefined) {
    count = 0;
    for (const own of parts.termsOf.values()) if (holdsAll(own, part)) count++;
    parts.holders.set(key, count);
  }
  return count;
}

/**
 * Candidates, searching the rarest parts first. A passage holding none of the parts searched so far can match
 * at most the weight of the rest; once `limit` candidates (of distinct groups) match more than that, no other
 * passage can enter the result (MaxScore, Turtle & Flood 1995), so common words are rarely searched at all.
 * When only common parts are left, they are returned as `scanned`: reading every passage's terms costs less
 * than their postings.
 */
function gather(
  { index, n }: Parts,
  known: QueryPart[],
  limit: number,
  matchOf: (passage: number) => Match,
  groupOf: ((passage: number) => string) | undefined,
): { found: Map<number, Match>; scanned: QueryPart[] } {
  const found = new Map<number, Match>();
  const best = new TopHits(limit);
  let rest = known.reduce((sum, k) => sum + k.weight, 0);
  for (const [i, k] of known.entries()) {
    // A passage's rank grows with both its matched and its boosted weight, and an unseen passage has at most
    // `rest` of one and TITLE_BOOST times that of the other: a candidate boosted beyond that outranks it.
    if (best.floor() > rest * TITLE_BOOST) break;
    if (k.df > n * COMMON_SHARE) return { found, scanned: known.slice(i) };
    for (const term of k.keys) {
      // The term is already processed: MiniSearch is told to take it as it is.
      for (const hit of index.search(term, { tokenize: (q) => [q], processTerm: (t) => t })) {
        const id = hit.id as number;
        if (found.has(id)) continue;
        const match = matchOf(id);
        found.set(id, match);
        best.offer({ id, score: match.boosted, rank: match.boosted, tiebreak: 0 }, match.boosted, groupOf?.(id));
      }
    }
    rest -= k.weight;
  }
  return { found, scanned: [] };
}

/** Whether a passage holds one of the wordings of a part, each wording's terms in its title or text. */
function holdsAll(own: Terms, part: QueryPart): boolean {
  return part.wordings.some((wording) => wording.every((id) => contains(own.text, id) || contains(own.title, id)));
}

/** Whether one field of a passage holds one of the wordings of a part. */
function holds(terms: Uint32Array, part: QueryPart): boolean {
  return part.wordings.some((wording) => wording.every((id) => contains(terms, id)));
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

/** MiniSearch's options; `seen` is told every term indexed, as it is indexed, with its field. */
function optionsFor(language: string, seen?: (term: string, field: string | undefined) => void) {
  return {
    fields: ["title", "heading", "text", "marks"],
    tokenize: (text: string, field?: string) => (field === "marks" ? text.split(" ").filter(Boolean) : tokenize(text)),
    processTerm: (word: string, field?: string) => {
      const term = field === "marks" ? word : documentTerm(word, language);
      if (term !== null) seen?.(term, field);
      return term;
    },
  };
}
