// The index of the passages of one language: each passage's distinct terms as sorted ids (a forward index, to
// score a passage exactly: match-score.ts), and each term's passages (an inverted index, to find candidates).
// A question's parts are searched rarest first and the search stops as soon as the rest cannot change the
// best passages: a word like "order", in a quarter of a shop's passages, is then rarely read at all.
// A passage's title terms (its article's title and tags) are kept apart from its text's (section heading and
// body): what an article is about weighs more than what a passage mentions.
import { idf, matchRank, matchScore, TITLE_BOOST } from "./match-score.ts";
import { documentTerm, tokenize, type Asked, type Wording } from "./search-terms.ts";
import { TopHits, type Hit } from "./top-hits.ts";

/** A long message is still one question; past this many things asked, the rest is left out. */
const MAX_QUERY_TERMS = 32;
/**
 * Passages ranking under this share of the best are left out: no reply quotes them (a second passage must be
 * nearly as good as the first), and looking for them would read the postings of the question's common words
 * whenever fewer articles than asked for hold its rare ones.
 */
const SHARE_OF_BEST = 0.5;

export interface LanguageIndex {
  /**
   * The best passages for what a question asks (search-terms.ts), at most `limit`, best first. With
   * `groupOf`, one passage per group at most (the best).
   */
  search(asked: Asked[], limit: number, groupOf?: (passage: number) => string): Hit[];
  /** Of some passages (an article's sections), the one whose own text holds most of the question; the earliest on a tie. */
  bestSection(asked: Asked[], passages: number[]): number;
  toJSON(): SerializedLanguageIndex;
}

export interface SerializedLanguageIndex {
  vocabulary: string[];
  /** The passages' ids in the knowledge index, in the order of the lists below. */
  passages: number[];
  /** Per passage, the ids of its distinct terms, ascending. */
  terms: number[][];
  /** Per passage, the ids of the distinct terms of its article's title and tags, ascending. */
  titleTerms: number[][];
  /** Per passage, those of its title terms its text does not hold, ascending. */
  titleOnlyTerms: number[][];
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

/** A passage's distinct terms as sorted ids: all of them, its title's, and those only its title holds. */
interface Terms {
  all: Uint32Array;
  title: Uint32Array;
  titleOnly: Uint32Array;
}

/** Per term id, the passages (by position) holding it: one flat list, cut at the offsets. */
interface Postings {
  offsets: Uint32Array;
  flat: Uint32Array;
}

/** One thing asked, as the index knows it: its wordings as term ids, how many passages hold it, its weight. */
interface QueryPart {
  wordings: Uint32Array[];
  /** The rarest term of each wording: its postings hold every passage with that wording. */
  keys: number[];
  df: number;
  weight: number;
}

/** How much of a question a passage holds (idf summed): in all, with its title's share boosted, in its text. */
interface Match {
  matched: number;
  boosted: number;
  inText: number;
}

export function buildLanguageIndex(language: string, passages: IndexedPassage[]): LanguageIndex {
  const vocabulary = new Map<string, number>();
  const idOf = (term: string) => {
    let id = vocabulary.get(term);
    if (id === undefined) vocabulary.set(term, (id = vocabulary.size));
    return id;
  };
  const termIds = (text: string) => tokenize(text).flatMap((word) => {
    const term = documentTerm(word, language);
    return term === null ? [] : [idOf(term)];
  });
  const terms = passages.map((passage): Terms => {
    const title = new Set(termIds(passage.title));
    const text = new Set([...termIds(passage.heading), ...termIds(passage.text), ...passage.marks.split(" ").filter(Boolean).map(idOf)]);
    return {
      all: sorted(new Set([...text, ...title])),
      title: sorted(title),
      titleOnly: sorted([...title].filter((id) => !text.has(id))),
    };
  });
  return searchable([...vocabulary.keys()], passages.map((p) => p.id), terms);
}

export function loadLanguageIndex(serialized: SerializedLanguageIndex): LanguageIndex {
  const terms = serialized.terms.map((all, i) => ({
    all: Uint32Array.from(all),
    title: Uint32Array.from(serialized.titleTerms[i]),
    titleOnly: Uint32Array.from(serialized.titleOnlyTerms[i]),
  }));
  return searchable(serialized.vocabulary, serialized.passages, terms);
}

function searchable(words: string[], ids: number[], terms: Terms[]): LanguageIndex {
  const vocabulary = new Map(words.map((term, id) => [term, id]));
  const n = ids.length;
  const postings = invert(words.length, terms, (t) => t.all);
  const titlePostings = invert(words.length, terms, (t) => t.title);
  const df = (term: number) => postings.offsets[term + 1] - postings.offsets[term];
  const positionOf = new Map(ids.map((id, position) => [id, position]));
  // Marks the passages already read during one search: a stamp per search, so nothing is cleared between.
  const seen = new Uint32Array(n);
  let stamp = 0;
  // Passages holding a thing asked in several wordings, counted on first use.
  const holders = new Map<string, number>();
  // bestSection is asked once per article found, with the same question.
  let weighed: { asked: Asked[]; known: QueryPart[]; total: number } | undefined;

  /**
   * A wording's term ids in its order, in a typed array: mapped to a plain array, the ids were small integers
   * or held `undefined`, in a packed or a holey array, and each new kind met threw away the optimised code.
   * Undefined when the knowledge lacks one of its terms, found before any array is made: many wordings of
   * a synonym group are words a shop never uses.
   */
  function idsOf(wording: Wording): Uint32Array | undefined {
    for (const term of wording) if (!vocabulary.has(term)) return undefined;
    const ids = new Uint32Array(wording.length);
    for (let i = 0; i < wording.length; i++) ids[i] = vocabulary.get(wording[i])!;
    return ids;
  }

  /** The term of a wording held by the fewest passages (the first of those): the one whose postings to read. */
  function rarest(ids: Uint32Array): number {
    let found = ids[0];
    for (let i = 1; i < ids.length; i++) if (df(ids[i]) < df(found)) found = ids[i];
    return found;
  }

  /** The question's known parts with their idf, rarest first, and the idf of the whole question. */
  function weigh(asked: Asked[]): { known: QueryPart[]; total: number } {
    if (weighed?.asked === asked) return weighed;
    const known: QueryPart[] = [];
    let unknown = 0;
    for (const wordings of asked.slice(0, MAX_QUERY_TERMS)) {
      // Made at the first wording the knowledge holds: a question often asks about a word it never uses.
      let part: QueryPart | undefined;
      for (const wording of wordings) {
        const termIds = idsOf(wording);
        if (termIds === undefined) continue;
        part ??= { wordings: [], keys: [], df: 0, weight: 0 };
        part.keys.push(rarest(termIds));
        part.wordings.push(termIds.sort());
      }
      if (part === undefined) {
        // Words the knowledge never mentions weigh the most: the question asks for something it does not hold.
        if (countsWhenUnknown(wordings[0])) unknown++;
        continue;
      }
      part.df = part.wordings.length === 1 && part.wordings[0].length === 1 ? df(part.keys[0]) : holdersOf(part);
      part.weight = idf(part.df, n);
      known.push(part);
    }
    known.sort((a, b) => a.df - b.df);
    weighed = { asked, known, total: known.reduce((sum, k) => sum + k.weight, 0) + unknown * idf(0, n) };
    return weighed;
  }

  function holdersOf(part: QueryPart): number {
    const key = part.wordings.map((w) => w.join(",")).join("|");
    let count = holders.get(key);
    if (count === undefined) {
      count = 0;
      stamp++;
      for (const term of part.keys) {
        for (const position of list(postings, term)) {
          if (seen[position] === stamp || !holds(terms[position].all, part)) continue;
          seen[position] = stamp;
          count++;
        }
      }
      holders.set(key, count);
    }
    return count;
  }

  return {
    search(asked, limit, groupOf) {
      const { known, total } = weigh(asked);
      if (known.length === 0) return [];
      const best = new TopHits(limit);
      stamp++;
      const read = (position: number) => {
        if (seen[position] === stamp) return;
        seen[position] = stamp;
        const m = match(terms[position], known);
        const rank = matchRank(m.matched, m.boosted, total, n);
        // Among passages of equal rank, the one whose own text holds most of the question.
        if (best.accepts(rank, m.inText, ids[position])) {
          best.offer({ id: ids[position], score: matchScore(m.matched, m.boosted, total, n), rank, tiebreak: m.inText }, rank, groupOf?.(ids[position]));
        }
      };
      // MaxScore (Turtle & Flood 1995): a passage holding none of the parts read so far holds at most the rest.
      // Once `limit` passages (of distinct groups) rank above what the rest can give, or the best ranks more than
      // that over SHARE_OF_BEST, no passage left can enter the result. The rest gives more to a passage whose
      // title holds it: those few are read from the title postings before stopping.
      let rest = known.reduce((sum, k) => sum + k.weight, 0);
      for (let i = 0; i < known.length; i++) {
        const bound = matchRank(rest, rest, total, n);
        if (best.floor() > bound || best.first() * SHARE_OF_BEST > bound) {
          for (let left = i; left < known.length; left++) for (const term of known[left].keys) forEachPosting(titlePostings, term, read);
          break;
        }
        for (const term of known[i].keys) forEachPosting(postings, term, read);
        rest -= known[i].weight;
      }
      const hits = best.hits();
      return hits.filter((hit) => hit.rank >= hits[0].rank * SHARE_OF_BEST);
    },
    bestSection(asked, passages) {
      const { known, total } = weigh(asked);
      let found = passages[0];
      let most = { inText: -1, rank: -1 };
      for (const id of passages) {
        const m = match(terms[positionOf.get(id)!], known);
        const rank = matchRank(m.matched, m.boosted, total, n);
        if (m.inText > most.inText || (m.inText === most.inText && rank > most.rank)) [found, most] = [id, { inText: m.inText, rank }];
      }
      return found;
    },
    toJSON() {
      return {
        vocabulary: words,
        passages: ids,
        terms: terms.map((t) => [...t.all]),
        titleTerms: terms.map((t) => [...t.title]),
        titleOnlyTerms: terms.map((t) => [...t.titleOnly]),
      };
    },
  };
}

// What match() found, one object rewritten by every call: a search reads hundreds of passages, and each
// result is read at once, never kept.
const lastMatch: Match = { matched: 0, boosted: 0, inText: 0 };

/** How well a passage's terms hold the parts of a question; the answer is only valid until the next call. */
function match(own: Terms, known: QueryPart[]): Readonly<Match> {
  lastMatch.matched = 0;
  lastMatch.boosted = 0;
  lastMatch.inText = 0;
  for (const k of known) {
    if (!holds(own.all, k)) continue;
    lastMatch.matched += k.weight;
    lastMatch.boosted += holds(own.title, k) ? k.weight * TITLE_BOOST : k.weight;
    if (inText(own, k)) lastMatch.inText += k.weight;
  }
  return lastMatch;
}

/**
 * Unknown numbers do not count: they are order numbers, phone numbers and amounts of the customer's own, which
 * no knowledge holds (and the compliance check stops a reply that states a number not in it). Nor does a kind
 * of fact the knowledge never states: the words of the question still decide.
 */
function countsWhenUnknown(wording: readonly string[]): boolean {
  return !wording.some((t) => /\d/.test(t) || t.startsWith("#"));
}

/** Whether some terms (a passage's, or its title's) hold one of the wordings of a part. Loops: the hot path. */
function holds(terms: Uint32Array, part: QueryPart): boolean {
  for (const wording of part.wordings) {
    let all = true;
    for (let i = 0; all && i < wording.length; i++) all = contains(terms, wording[i]);
    if (all) return true;
  }
  return false;
}

/** Whether a passage's own text (not only its article's title) holds one of the wordings of a part. */
function inText(own: Terms, part: QueryPart): boolean {
  for (const wording of part.wordings) {
    let all = true;
    for (let i = 0; all && i < wording.length; i++) all = contains(own.all, wording[i]) && !contains(own.titleOnly, wording[i]);
    if (all) return true;
  }
  return false;
}

function contains(sortedIds: Uint32Array, value: number): boolean {
  let lo = 0;
  let hi = sortedIds.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sortedIds[mid] === value) return true;
    if (sortedIds[mid] < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The inverted index of one of the passages' term lists. */
function invert(vocabularySize: number, terms: Terms[], field: (t: Terms) => Uint32Array): Postings {
  const offsets = new Uint32Array(vocabularySize + 1);
  for (const t of terms) for (const id of field(t)) offsets[id + 1]++;
  for (let id = 0; id < vocabularySize; id++) offsets[id + 1] += offsets[id];
  const flat = new Uint32Array(offsets[vocabularySize]);
  const next = offsets.slice(0, vocabularySize);
  terms.forEach((t, position) => {
    for (const id of field(t)) flat[next[id]++] = position;
  });
  return { offsets, flat };
}

/** Each passage holding a term, read in place: a view of the postings made per term was garbage. */
function forEachPosting({ offsets, flat }: Postings, term: number, visit: (position: number) => void): void {
  for (let i = offsets[term]; i < offsets[term + 1]; i++) visit(flat[i]);
}

function list({ offsets, flat }: Postings, term: number): Uint32Array {
  return flat.subarray(offsets[term], offsets[term + 1]);
}

function sorted(ids: Iterable<number>): Uint32Array {
  return Uint32Array.from(ids).sort();
}
