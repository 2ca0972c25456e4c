// repeat: does the draft say again what an earlier bot reply of the episode said, even rephrased?
import { restatement, restatementTerms } from "../similarity/restatement.ts";
import { tokenize, type Token } from "../similarity/tokens.ts";
import { isCourtesy } from "../text/courtesy.ts";
import type { Language } from "../text/language.ts";
import { draftLanguage } from "./text-languages.ts";
import { sentences } from "../text/sentences.ts";
import { collapseWhitespace } from "../text/words.ts";
import type { Checkpoint } from "../types.ts";

// Fewer content words than this is too little to call a repetition ("Yes, 30 days.").
const MIN_CONTENT_TERMS = 3;

export const repeat: Checkpoint = {
  id: "repeat",
  stage: "post",
  defaultThreshold: 0.58,
  blocksWhen: "above",
  evaluate(input, threshold) {
    const draft = input.draft ?? "";
    const language = draftLanguage(input);
    const said = substance(draft, language);
    const earlier = input.history.filter((turn) => turn.role === "bot");

    let best = 0;
    let closest = -1;
    if (earlier.length > 0 && said.reduce((n, sentence) => n + contentWords(sentence), 0) >= MIN_CONTENT_TERMS) {
      const draftTerms = termsOf(said);
      earlier.forEach((turn, index) => {
        const score = similarity(draftTerms, termsOf(substance(turn.text, language)));
        if (score > best) [best, closest] = [score, index];
      });
    }
    const blocks = best >= threshold;
    return {
      verdict: blocks ? "block" : "pass",
      score: best,
      threshold,
      reason: blocks
        ? `The reply says again what the bot said ${turnsAgo(earlier.length - closest)}: "${excerpt(earlier[closest]!.text)}".`
        : earlier.length === 0
          ? "There is no earlier bot reply in this conversation."
          : `The reply does not repeat any of the ${earlier.length} earlier bot ${earlier.length === 1 ? "reply" : "replies"}.`,
    };
  },
};

/** The sentences that carry facts, as tokens: courtesy formulas are said every time and are no repetition. */
function substance(text: string, language: Language): Token[][] {
  const out: Token[][] = [];
  for (const s of sentences(text, language)) if (!isCourtesy(s, language)) out.push(tokenize(s, language));
  return out;
}

/** A text as `restatement` reads it, whole and sentence by sentence: read once, compared with every earlier reply. */
interface Terms {
  whole: string[];
  sentences: string[][];
  /** Each sentence's content words: its weight in the comparison sentence by sentence. */
  weights: number[];
}

function termsOf(sentences: Token[][]): Terms {
  // One sentence is the whole text: read once.
  if (sentences.length === 1) {
    const whole = restatementTerms(sentences[0]!);
    return { whole, sentences: [whole], weights: [contentWords(sentences[0]!)] };
  }
  const terms: Terms = { whole: restatementTerms(sentences.flat()), sentences: [], weights: [] };
  for (const sentence of sentences) {
    terms.sentences.push(restatementTerms(sentence));
    terms.weights.push(contentWords(sentence));
  }
  return terms;
}

function contentWords(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) if (t.content) n++;
  return n;
}

/**
 * The whole texts compared, or sentence by sentence when that finds more (a reply that says the same
 * sentences in another order): each draft sentence against its closest earlier sentence, weighted by length.
 */
function similarity(draft: Terms, earlier: Terms): number {
  if (earlier.sentences.length === 0) return 0;
  const whole = restatement(draft.whole, earlier.whole);
  if (draft.sentences.length === 1 && earlier.sentences.length === 1) return whole;
  let weighted = 0;
  let total = 0;
  for (let i = 0; i < draft.sentences.length; i++) {
    const weight = draft.weights[i]!;
    total += weight;
    weighted += weight * closestRestatement(draft.sentences[i]!, earlier.sentences);
  }
  return Math.max(whole, total === 0 ? 0 : weighted / total);
}

/** How much the closest of `others` restates the sentence (scores are never negative). */
function closestRestatement(sentence: readonly string[], others: readonly string[][]): number {
  let best = 0;
  for (const other of others) best = Math.max(best, restatement(sentence, other));
  return best;
}

function turnsAgo(n: number): string {
  return n === 1 ? "in its last reply" : `${n} replies ago`;
}

function excerpt(text: string): string {
  const flat = collapseWhitespace(text).trim();
  return flat.length <= 80 ? flat : `${flat.slice(0, 77)}...`;
}
