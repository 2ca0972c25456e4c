// compliance: is every sentence of the draft backed by the retrieved knowledge, and every number, amount,
// date, duration, email and link of it found there? Blocks a reply that invents or changes a fact.
import { isCourtesy } from "../text/courtesy.ts";
import { detectLanguage, isSupportedLanguage } from "../text/language.ts";
import { sentences } from "../text/sentences.ts";
import type { Checkpoint } from "../types.ts";
import { claimTokens } from "./compliance/claim-tokens.ts";
import { passageFacts } from "./compliance/passage-facts.ts";
import { sentenceSupport } from "./compliance/sentence-support.ts";
import { textFacts, unsupportedEntity } from "./compliance/unsupported-entity.ts";

export const compliance: Checkpoint = {
  id: "compliance",
  stage: "post",
  defaultThreshold: 0.79,
  blocksWhen: "below",
  evaluate(input, threshold) {
    const draft = input.draft ?? "";
    const fallback = isSupportedLanguage(input.language) ? input.language : "en";
    const language = detectLanguage(draft.slice(0, 400), fallback);
    const finding = (score: number, reason: string) => ({
      verdict: score < threshold ? ("block" as const) : ("pass" as const),
      score,
      threshold,
      reason,
    });

    const facts = input.knowledge.map((p) => passageFacts(p.text, language));
    const mismatch = unsupportedEntity(draft, [...facts.map((f) => f.entities), textFacts(input.message)]);
    if (mismatch) {
      const { stated, known } = mismatch;
      return finding(
        0,
        known
          ? `The reply states ${stated.text}; the knowledge says ${known.text}.`
          : `The reply states ${stated.text}, which the knowledge does not mention.`,
      );
    }

    const passages = facts.map((f) => f.terms);
    // A reply is as trustworthy as its weakest statement: one invented sentence is enough to hold it back.
    let weakest: { sentence: string; score: number } | undefined;
    for (const sentence of sentences(draft, language)) {
      if (isCourtesy(sentence, language)) continue;
      const support = sentenceSupport(claimTokens(sentence, language), passages, language);
      if (support.weight === 0) continue;
      if (!weakest || support.score < weakest.score) weakest = { sentence, score: support.score };
    }
    if (!weakest) return finding(1, "The reply states no fact that needs the knowledge.");
    const score = weakest.score;
    if (score >= threshold) return finding(score, "Every statement of the reply is found in the knowledge.");
    if (passages.length === 0) return finding(0, "The reply states facts, but no knowledge was found to back them.");
    return finding(score, `The knowledge does not support: "${excerpt(weakest.sentence)}".`);
  },
};

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= 90 ? flat : `${flat.slice(0, 87)}...`;
}
