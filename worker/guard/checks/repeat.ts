// repeat: does the draft say again what an earlier bot reply of the episode said, even rephrased?
import { restatement } from "../similarity/restatement.ts";
import { tokenize, type Token } from "../similarity/tokens.ts";
import { isCourtesy } from "../text/courtesy.ts";
import type { Language } from "../text/language.ts";
import { draftLanguage } from "./text-languages.ts";
import { sentences } from "../text/sentences.ts";
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
    if (said.flat().filter((t) => t.content).length >= MIN_CONTENT_TERMS) {
      earlier.forEach((turn, index) => {
        const score = similarity(said, substance(turn.text, language));
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
  return sentences(text, language)
    .filter((s) => !isCourtesy(s, language))
    .map((s) => tokenize(s, language));
}

/**
 * The whole texts compared, or sentence by sentence when that finds more (a reply that says the same
 * sentences in another order): each draft sentence against its closest earlier sentence, weighted by length.
 */
function similarity(draft: Token[][], earlier: Token[][]): number {
  if (earlier.length === 0) return 0;
  const whole = restatement(draft.flat(), earlier.flat());
  if (draft.length === 1 && earlier.length === 1) return whole;
  let weighted = 0;
  let total = 0;
  for (const sentence of draft) {
    const weight = sentence.filter((t) => t.content).length;
    total += weight;
    weighted += weight * Math.max(...earlier.map((other) => restatement(sentence, other)));
  }
  return Math.max(whole, total === 0 ? 0 : weighted / total);
}

function turnsAgo(n: number): string {
  return n === 1 ? "in its last reply" : `${n} replies ago`;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= 80 ? flat : `${flat.slice(0, 77)}...`;
}
