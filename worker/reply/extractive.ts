// The default provider, offline and free: the reply is the knowledge's own sentences, the ones most related to
// the question, verbatim, so every sentence and number of it is in the knowledge (what compliance checks).
// It cannot rephrase, translate or combine facts; drafting again would give the same text, so it never retries.
import type { Passage } from "../guard/types.ts";
import { statesKind, type FactKind } from "../knowledge/fact-kinds.ts";
import { documentTerm, questionTerms, tokenize, type Asked } from "../knowledge/search-terms.ts";
import { sentences, wordCount } from "../knowledge/sentences.ts";
import { draftOf } from "./draft-of.ts";
import { toProviderError } from "./provider-error.ts";
import type { DraftRequest, ReplyProvider } from "./types.ts";

const ID = "extractive";
const MODEL = "sentence-selection";
/** Sentences of prose; the items of a list the reply quotes count only towards MAX_WORDS. */
const MAX_SENTENCES = 4;
/** About what a chat bubble shows without scrolling; the best sentence is kept even when longer. */
const MAX_WORDS = 80;
/**
 * A second passage joins only when it is a good match on its own, nearly as good as the first, and holds in one
 * sentence all the question asked that the first did not: a question of two parts ("delivery to Canada, and
 * customs fees?"), not a stray word answered from elsewhere.
 */
const SECOND_PASSAGE_MIN_SCORE = 0.6;
const SECOND_PASSAGE_MIN_SHARE = 0.75;
/**
 * Below this retrieval score (knowledge-index.ts) the best passage shares a word or two with the question but
 * answers another one: the reply would be off topic, so there is none and the pipeline escalates ("no_answer").
 * Set between the scores of questions the demo knowledge answers and of those it does not
 * (worker/knowledge/demo-retrieval.test.ts).
 */
export const MIN_PASSAGE_SCORE = 0.4;

interface Sentence {
  text: string;
  position: number;
  /** The terms of the question (wanted.asked) that the sentence holds: no other term is ever looked up. */
  asked: string[];
  words: number;
}

/** What the reply should hold: the things asked and the kinds of fact asked for. */
interface Wanted {
  asked: Asked[];
  kinds: FactKind[][];
}

export function createExtractiveProvider(): ReplyProvider {
  return {
    id: ID,
    canRetry: false,
    async draft(request) {
      const started = performance.now();
      try {
        const { text, used } = compose(request);
        return draftOf(ID, MODEL, started, text, used, languageOf(used));
      } catch (error) {
        throw toProviderError(error, ID);
      }
    },
  };
}

function compose(request: DraftRequest): { text: string; used: Passage[] } {
  const [top, ...rest] = inCustomerLanguage(request.passages, request.language);
  if (!top || top.score < MIN_PASSAGE_SCORE) return { text: "", used: [] };
  const language = top.language ?? request.language;
  const wanted = questionTerms(request.message, language);

  const own = split(top, language, wanted.asked);
  if (own.length === 0) return { text: "", used: [] };
  const chosen = pickFromPassage(own, wanted);
  const used = [top];
  const missing = wanted.asked.filter((part) => !chosen.some((s) => covers(s, part)));
  const second = rest.find((p) => p.score >= Math.max(SECOND_PASSAGE_MIN_SCORE, top.score * SECOND_PASSAGE_MIN_SHARE) && p.text !== top.text);
  // Pushed, not mapped (see weightsOf): more may be pushed below, and joinSentences reads them all.
  const pieces: string[] = [];
  for (const sentence of chosen) pieces.push(sentence.text);
  if (second && missing.length > 0 && proseCount(chosen) < MAX_SENTENCES) {
    const candidates = split(second, language, wanted.asked);
    const addition = best(candidates, weightsOf(candidates, { asked: missing, kinds: [] }));
    if (addition && missing.every((part) => covers(addition, part)) && wordsOf(chosen) + addition.words <= MAX_WORDS) {
      pieces.push(addition.text);
      used.push(second);
    }
  }
  return { text: joinSentences(pieces), used };
}

/**
 * The sentence that best holds what was asked (the asked fact: "30 days" for "how long"), first; the one after
 * it (it often completes the answer: "Returns are free. Use the label in the parcel."); then other sentences
 * that hold something asked, in the passage's order. When no sentence holds anything asked (the passage
 * matched by its title, as a question/answer pair does), its opening.
 */
function pickFromPassage(all: Sentence[], wanted: Wanted): Sentence[] {
  const weights = weightsOf(all, wanted);
  const anchor = best(all, weights) ?? all[0];
  const chosen = [anchor];
  // The next sentence, and a list it starts or continues: "Refunds go to:" is no answer without its items.
  for (let i = anchor.position + 1; i < all.length; i++) {
    const continues = i === anchor.position + 1 || (isListLine(all[i].text) && isListLine(all[i - 1].text));
    if (!continues || wordsOf(chosen) + all[i].words > MAX_WORDS) break;
    chosen.push(all[i]);
  }
  const others: Sentence[] = [];
  for (const sentence of all) if (!chosen.includes(sentence) && weights[sentence.position] > 0) others.push(sentence);
  others.sort((a, b) => heavierFirst(weights[a.position], weights[b.position]) || a.position - b.position);
  const added: Sentence[] = [];
  for (const sentence of others) {
    if (proseCount(chosen) + proseCount(added) >= MAX_SENTENCES || wordsOf(chosen) + wordsOf(added) + sentence.words > MAX_WORDS) break;
    added.push(sentence);
  }
  return [...chosen, ...added.sort((a, b) => a.position - b.position)];
}

/** The sentence holding most of what is wanted (the earliest on a tie), if any holds something. */
function best(all: Sentence[], weights: Float64Array): Sentence | undefined {
  let found: Sentence | undefined;
  let most = 0;
  for (const sentence of all) {
    const weight = weights[sentence.position];
    if (weight > most) {
      found = sentence;
      most = weight;
    }
  }
  return found;
}

/**
 * How much of what is wanted each sentence holds, by position. A thing asked that few of these sentences hold
 * tells them apart and weighs more than one they all hold (the article's topic); a kind of fact asked for
 * weighs the same way. Each sentence is weighed once: a sort comparing sentences by weighing them weighed each
 * many times. The weights are kept in typed arrays: an array made by `map` is packed or holey depending on
 * whether V8 has optimised the code that made it, and optimised code that met one kind is thrown away (and
 * compiled again) on meeting the other.
 */
function weightsOf(all: Sentence[], wanted: Wanted): Float64Array {
  const { asked, kinds } = wanted;
  const askedWeight = new Float64Array(asked.length);
  for (let i = 0; i < asked.length; i++) {
    let holders = 0;
    for (const sentence of all) if (covers(sentence, asked[i])) holders++;
    askedWeight[i] = rarity(all.length, holders);
  }
  const kindWeight = new Float64Array(kinds.length);
  for (let i = 0; i < kinds.length; i++) {
    let holders = 0;
    for (const sentence of all) if (states(sentence, kinds[i])) holders++;
    kindWeight[i] = rarity(all.length, holders);
  }
  const weights = new Float64Array(all.length);
  for (const sentence of all) {
    let weight = 0;
    for (let i = 0; i < asked.length; i++) if (covers(sentence, asked[i])) weight += askedWeight[i];
    // A fact of the asked kind counts only in a sentence about what was asked: "30 days" alone answers nothing.
    if (weight !== 0) for (let i = 0; i < kinds.length; i++) if (states(sentence, kinds[i])) weight += kindWeight[i];
    weights[sentence.position] = weight;
  }
  return weights;
}

/** A comparator's answer as -1, 0 or 1, heavier first: a difference of floats is a new heap number per comparison. */
function heavierFirst(a: number, b: number): number {
  return a > b ? -1 : a < b ? 1 : 0;
}

function rarity(sentences: number, holders: number): number {
  return Math.log(1 + sentences / (1 + holders));
}

function states(sentence: Sentence, either: FactKind[]): boolean {
  return either.some((kind) => statesKind(sentence.text, kind));
}

/** `part` is one of the question's (or of those missing), so each of its terms was looked up in the sentence. */
function covers(sentence: Sentence, part: Asked): boolean {
  return part.some((wording) => wording.every((term) => sentence.asked.includes(term)));
}

/**
 * Pushed one by one rather than mapped, so every list of sentences is a packed array (see weightsOf). Every
 * sentence is only ever asked whether it covers a part of `asked`.
 */
function split(passage: Passage, language: string, asked: Asked[]): Sentence[] {
  const own = passage.language ?? language;
  const all: Sentence[] = [];
  for (const text of sentences(passage.text, own)) all.push({ text, position: all.length, asked: askedTermsIn(text, own, asked), words: wordCount(text) });
  return all;
}

/**
 * Of a sentence's index terms, those of the question, each once. Not a set of all its terms: a hash table per
 * sentence, grown and copied as it filled, to answer a question about a handful of terms.
 */
function askedTermsIn(text: string, language: string, asked: Asked[]): string[] {
  const found: string[] = [];
  for (const word of tokenize(text)) {
    const term = documentTerm(word, language);
    if (term !== null && !found.includes(term) && isAsked(term, asked)) found.push(term);
  }
  return found;
}

function isAsked(term: string, asked: Asked[]): boolean {
  for (const part of asked) for (const wording of part) if (wording.includes(term)) return true;
  return false;
}

// Made once: a regular expression literal is a new object every time it is evaluated, and the sentences are
// counted again for every one considered.
const LIST_LINE = /^([-*•]|\d+[.)])\s/;
const ENDS_SENTENCE = /[.!?…:;)"»]$/;

function isListLine(text: string): boolean {
  return LIST_LINE.test(text);
}

/** Counted in a loop: `filter` made a list only to read its length. */
function proseCount(chosen: Sentence[]): number {
  let count = 0;
  for (const sentence of chosen) if (!isListLine(sentence.text)) count++;
  return count;
}

function wordsOf(chosen: Sentence[]): number {
  return chosen.reduce((n, s) => n + s.words, 0);
}

/** The language of what was quoted, when every passage quoted says the same one. */
function languageOf(used: Passage[]): string | undefined {
  const language = used[0]?.language;
  return used.every((p) => p.language === language) ? language : undefined;
}

/** Passages in the customer's language when there are any (they are the ones a reply can quote), best first. */
function inCustomerLanguage(passages: Passage[], language: string): Passage[] {
  const own = passages.filter((p) => p.language === undefined || p.language === language);
  return own.length > 0 ? own : passages;
}

/** List items and other lines without an ending stay on their own line; sentences run on. */
function joinSentences(pieces: string[]): string {
  return pieces.reduce((text, piece, i) => {
    if (i === 0) return piece;
    const lineLike = isListLine(piece) || !ENDS_SENTENCE.test(pieces[i - 1]);
    return `${text}${lineLike ? "\n" : " "}${piece}`;
  }, "");
}
