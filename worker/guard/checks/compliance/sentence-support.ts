// How well one sentence of a draft is backed by the knowledge passages: the share of its content words
// (weighted by rarity) that the best passage contains, itself or as a synonym, then discounted when the
// passage does not share the sentence's order of words, its hedges, its judgements or its negation.
import type { Language } from "../../text/language.ts";
import { termWeight } from "../../similarity/term-weight.ts";
import type { Token } from "../../similarity/tokens.ts";
import { conceptOf } from "../../text/synonyms.ts";
import { Compounds } from "./compounds.ts";
import type { Lexicon } from "./lexicon.ts";
import type { PassageTerms } from "./passage-terms.ts";
import { probeOf } from "./probe.ts";
import { isHedged, isNegated, isParticle, judgementWords } from "./stance.ts";

// Weights and discounts tuned on the compliance dev set (BEGIN, Wizard of Wikipedia).
const NUMBER = /^\d/;
const ORDER_SHARE = 0.4;
const HEDGE_KEEPS = 0.9;
// Stronger than the dev set alone would pick (0.9 scores 0.001 higher there): in support, "not refundable"
// for "refundable" is the costliest mistake a reply can make.
const NEGATION_KEEPS = 0.7;
const JUDGEMENT_KEEPS = 0.6;
// Word order is compared on a sentence's first words only: an unpunctuated wall of text must not cost
// quadratic time.
const ORDER_LIMIT = 60;

export interface Support {
  /** 0..1: 1 when every claim word is in one passage, in the same order, with the same stance. */
  readonly score: number;
  /** Weight of the sentence's claim words (0: nothing to support, like "Yes!"). */
  readonly weight: number;
}

const NOTHING_TO_SUPPORT: Support = { score: 1, weight: 0 };

export function sentenceSupport(sentence: readonly Token[], knowledge: Knowledge, language: Language): Support {
  const claim = claimWords(sentence, language);
  let weight = 0;
  for (const t of claim) weight += termWeight(t);
  if (weight === 0) return NOTHING_TO_SUPPORT;
  // What the sentence says of itself is read once, then held against each passage.
  const order: number[] = [];
  for (let i = 0; i < Math.min(claim.length, ORDER_LIMIT); i++) order.push(knowledge.lexicon.find(conceptOf(claim[i]!.term, language)));
  const reading: SentenceReading = {
    order,
    hedged: isHedged(sentence, language),
    negated: isNegated(sentence, language),
    judgements: judgementWords(sentence, language),
  };
  let best = 0;
  for (let p = 0; p < knowledge.passages.length; p++) best = Math.max(best, supportBy(claim, weight, reading, knowledge, p));
  return { score: best, weight };
}

/**
 * The words a sentence claims something with. Numbers are left to the exact-entity rule, which also accepts
 * the customer's own order number. A loop rather than filter(): no closure made for every sentence.
 */
function claimWords(sentence: readonly Token[], language: Language): Token[] {
  const claim: Token[] = [];
  for (const t of sentence) if (t.content && !isParticle(t, language) && !NUMBER.test(t.term)) claim.push(t);
  return claim;
}

interface SentenceReading {
  /** The first claim words as concepts (lexicon numbers), to compare word order with. */
  order: number[];
  hedged: boolean;
  negated: boolean;
  judgements: readonly Token[];
}

function supportBy(claim: readonly Token[], weight: number, reading: SentenceReading, knowledge: Knowledge, p: number): number {
  const passage = knowledge.passages[p]!;
  let covered = 0;
  for (const t of claim) if (knowledge.holds(p, t.term)) covered += termWeight(t);
  const bag = covered / weight;
  const order = passage.sharedOrder(reading.order, ORDER_LIMIT * 20) / Math.min(claim.length, ORDER_LIMIT);
  let score = (1 - ORDER_SHARE) * bag + ORDER_SHARE * order;
  if (reading.hedged) score *= HEDGE_KEEPS;
  if (reading.negated && !passage.negated) score *= NEGATION_KEEPS;
  if (!holdsAllAsIs(knowledge, p, reading.judgements)) score *= JUDGEMENT_KEEPS;
  return score;
}

/** Whether passage number `p` holds every one of `tokens` as is; a loop, not a closure for every passage. */
function holdsAllAsIs(knowledge: Knowledge, p: number, tokens: readonly Token[]): boolean {
  for (const t of tokens) if (!knowledge.holdsAsIs(p, t.term)) return false;
  return true;
}

// Passages a lookup's answers are kept for, one bit each: retrieval gives five.
const REMEMBERED_PASSAGES = 31;

/**
 * The passages a draft is held against, with the answers of contains() kept for the draft: its terms come
 * back in each sentence, each clause and the share of wording found, and a term a passage lacks costs a scan
 * of the passage's word pairs (compounds.ts) every time it is asked. Made for one draft, then dropped, with
 * the pairs it stemmed: kept with the passage, they were new garbage to promote after every message.
 */
export class Knowledge {
  readonly passages: readonly PassageTerms[];
  /** The lexicon the passages' terms are numbered in. */
  readonly lexicon: Lexicon;
  readonly #language: Language;
  /** Term → which passages hold it, one bit a passage; empty when there are more passages than bits. */
  readonly #held = new Map<string, number>();
  readonly #remembers: boolean;
  /** The term being looked for in the passages: one object for the draft, refilled by #lookup(). */
  readonly #looking: Lookup = { term: -1, concept: "", conceptId: -1, prefix: -1 };
  /** Each passage's word pairs, made on first need. */
  readonly #compounds: (Compounds | undefined)[] = [];

  constructor(passages: readonly PassageTerms[], lexicon: Lexicon, language: Language) {
    this.passages = passages;
    this.lexicon = lexicon;
    this.#language = language;
    this.#remembers = passages.length <= REMEMBERED_PASSAGES;
  }

  /** Whether passage number `p` holds `term`: the same stem, a synonym, a narrower word, or the same first letters. */
  holds(p: number, term: string): boolean {
    if (!this.#remembers) return this.#contains(p, term, this.#lookup(term));
    return (this.#holders(term) & (1 << p)) !== 0;
  }

  /** Whether any passage holds `term` (see holds()). */
  anyHolds(term: string): boolean {
    if (!this.#remembers) {
      const lookup = this.#lookup(term);
      return this.passages.some((_, p) => this.#contains(p, term, lookup));
    }
    return this.#holders(term) !== 0;
  }

  /** Whether passage number `p` holds `term` itself, as one word or two. */
  holdsAsIs(p: number, term: string): boolean {
    return this.passages[p]!.hasTerm(this.lexicon.find(term)) || this.#pairs(p).has(term);
  }

  /** Whether any passage states a negation. */
  anyNegated(): boolean {
    for (const passage of this.passages) if (passage.negated) return true;
    return false;
  }

  /** Whether any passage has `word` as written (folded). */
  anyHasWord(word: string): boolean {
    // A loop, not some(): asked for every function word of a draft, each would make a closure.
    const id = this.lexicon.find(word);
    for (const passage of this.passages) if (passage.hasWord(id)) return true;
    return false;
  }

  #holders(term: string): number {
    let bits = this.#held.get(term);
    if (bits === undefined) {
      bits = 0;
      const lookup = this.#lookup(term);
      for (let p = 0; p < this.passages.length; p++) if (this.#contains(p, term, lookup)) bits |= 1 << p;
      this.#held.set(term, bits);
    }
    return bits;
  }

  /** `term` as looked for. Refills the one Lookup rather than make one for each term: lookups never overlap. */
  #lookup(term: string): Lookup {
    const { concept, prefix } = probeOf(term, this.#language);
    const lexicon = this.lexicon;
    const lookup = this.#looking;
    lookup.term = lexicon.find(term);
    lookup.concept = concept;
    lookup.conceptId = lexicon.find(concept);
    lookup.prefix = prefix === undefined ? -1 : lexicon.find(prefix);
    return lookup;
  }

  #contains(p: number, term: string, lookup: Lookup): boolean {
    const passage = this.passages[p]!;
    return (
      passage.hasTerm(lookup.term) ||
      passage.hasTerm(lookup.conceptId) ||
      passage.hasPrefix(lookup.prefix) ||
      // Compounds last: they are stemmed on demand.
      this.#pairs(p).has(term) ||
      this.#pairs(p).has(lookup.concept)
    );
  }

  #pairs(p: number): Compounds {
    return (this.#compounds[p] ??= new Compounds(this.passages[p]!.words(this.lexicon), this.#language));
  }
}

/** A term as looked for in a passage: its number, its concept's, its prefix's (-1 where none has it). */
interface Lookup {
  term: number;
  concept: string;
  conceptId: number;
  prefix: number;
}
