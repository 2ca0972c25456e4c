// The default provider, offline and free: the reply is the knowledge's own sentences, the ones most related to
// the question, verbatim, so every sentence and number of it is in the knowledge (what compliance checks).
// It cannot rephrase, translate or combine facts; drafting again would give the same text, so it never retries.
import type { Passage } from "../guard/types.ts";
import { documentTerm, queryTerms, tokenize } from "../knowledge/search-terms.ts";
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
/** A second passage joins only when it is nearly as good as the first and adds something the question asked. */
const SECOND_PASSAGE_MIN_SHARE = 0.75;

interface Sentence {
  text: string;
  position: number;
  terms: Set<string>;
  words: number;
}

export function createExtractiveProvider(): ReplyProvider {
  return {
    id: ID,
    canRetry: false,
    async draft(request) {
      const started = performance.now();
      try {
        const { text, used } = compose(request);
        return draftOf(ID, MODEL, started, text, used);
      } catch (error) {
        throw toProviderError(error, ID);
      }
    },
  };
}

function compose(request: DraftRequest): { text: string; used: Passage[] } {
  const [top, ...rest] = inCustomerLanguage(request.passages, request.language);
  if (!top) return { text: "", used: [] };
  const language = top.language ?? request.language;
  const wanted = new Set(queryTerms(request.message, language));

  const own = split(top, language);
  if (own.length === 0) return { text: "", used: [] };
  const chosen = pickFromPassage(own, wanted);
  const used = [top];
  const covered = new Set(chosen.flatMap((s) => [...s.terms]));
  const missing = new Set([...wanted].filter((t) => !covered.has(t)));
  const second = rest.find((p) => p.score >= top.score * SECOND_PASSAGE_MIN_SHARE && p.text !== top.text);
  const pieces = chosen.map((s) => s.text);
  if (second && missing.size > 0 && proseCount(chosen) < MAX_SENTENCES) {
    const addition = best(split(second, language), missing);
    if (addition && overlap(addition, missing) > 0 && wordsOf(chosen) + addition.words <= MAX_WORDS) {
      pieces.push(addition.text);
      used.push(second);
    }
  }
  return { text: joinSentences(pieces), used };
}

/**
 * The sentence that shares most topic words with the question, the one after it (it often completes the
 * answer: "Returns are free. Use the label in the parcel."), then other sentences that share topic words.
 * When no sentence shares any (the passage matched by its title, as a question/answer pair does), its opening.
 */
function pickFromPassage(all: Sentence[], wanted: Set<string>): Sentence[] {
  const anchor = best(all, wanted) ?? all[0];
  const chosen = [anchor];
  // The next sentence, and a list it starts or continues: "Refunds go to:" is no answer without its items.
  for (let i = anchor.position + 1; i < all.length; i++) {
    const continues = i === anchor.position + 1 || (isListLine(all[i].text) && isListLine(all[i - 1].text));
    if (!continues || wordsOf(chosen) + all[i].words > MAX_WORDS) break;
    chosen.push(all[i]);
  }
  const others = all
    .filter((s) => !chosen.includes(s) && overlap(s, wanted) > 0)
    .sort((a, b) => overlap(b, wanted) - overlap(a, wanted) || a.position - b.position);
  for (const sentence of others) {
    if (proseCount(chosen) >= MAX_SENTENCES || wordsOf(chosen) + sentence.words > MAX_WORDS) break;
    chosen.push(sentence);
  }
  return chosen.sort((a, b) => a.position - b.position);
}

/** The sentence sharing most of the wanted terms (the earliest on a tie), if any shares one. */
function best(all: Sentence[], wanted: Set<string>): Sentence | undefined {
  let found: Sentence | undefined;
  for (const sentence of all) if (overlap(sentence, wanted) > (found ? overlap(found, wanted) : 0)) found = sentence;
  return found;
}

function overlap(sentence: Sentence, wanted: Set<string>): number {
  let n = 0;
  for (const term of sentence.terms) if (wanted.has(term)) n++;
  return n;
}

function split(passage: Passage, language: string): Sentence[] {
  return sentences(passage.text, passage.language ?? language).map((text, position) => ({
    text,
    position,
    terms: new Set(tokenize(text).map((w) => documentTerm(w, passage.language ?? language)).filter((t): t is string => t !== null)),
    words: wordCount(text),
  }));
}

function isListLine(text: string): boolean {
  return /^([-*•]|\d+[.)])\s/.test(text);
}

function proseCount(chosen: Sentence[]): number {
  return chosen.filter((s) => !isListLine(s.text)).length;
}

function wordsOf(chosen: Sentence[]): number {
  return chosen.reduce((n, s) => n + s.words, 0);
}

/** Passages in the customer's language when there are any (they are the ones a reply can quote), best first. */
function inCustomerLanguage(passages: Passage[], language: string): Passage[] {
  const own = passages.filter((p) => p.language === undefined || p.language === language);
  return [...(own.length > 0 ? own : passages)].sort((a, b) => b.score - a.score);
}

/** List items and other lines without an ending stay on their own line; sentences run on. */
function joinSentences(pieces: string[]): string {
  return pieces.reduce((text, piece, i) => {
    if (i === 0) return piece;
    const lineLike = isListLine(piece) || !/[.!?…:;)"»]$/.test(pieces[i - 1]);
    return `${text}${lineLike ? "\n" : " "}${piece}`;
  }, "");
}
