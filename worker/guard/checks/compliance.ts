// compliance: is every statement of the draft backed by the retrieved knowledge, and every number, amount,
// date, duration, email and link of it found there? Blocks a reply that invents, changes or denies a fact.
// The draft is read sentence by sentence and word by word (compliance/draft-evidence.ts), and what was
// found is weighed into one score (compliance/support-score.ts).
import { draftLanguage } from "./text-languages.ts";
import { collapseWhitespace } from "../text/words.ts";
import type { Checkpoint } from "../types.ts";
import { draftEvidence, type DraftEvidence } from "./compliance/draft-evidence.ts";
import { knowledgeFacts } from "./compliance/passage-facts.ts";
import { Knowledge } from "./compliance/sentence-support.ts";
import { supportScore } from "./compliance/support-score.ts";
import { textFacts, unsupportedEntity } from "./compliance/unsupported-entity.ts";

export const compliance: Checkpoint = {
  id: "compliance",
  stage: "post",
  defaultThreshold: 0.5,
  blocksWhen: "below",
  evaluate(input, threshold) {
    const draft = input.draft ?? "";
    const language = draftLanguage(input);
    const finding = (score: number, reason: string) => ({
      verdict: score < threshold ? ("block" as const) : ("pass" as const),
      score,
      threshold,
      reason,
    });

    const { lexicon, passages: facts } = knowledgeFacts(input.knowledge.map((p) => p.text), language);
    const sources = facts.map((f) => f.entities);
    sources.push(textFacts(input.message));
    const mismatch = unsupportedEntity(draft, sources);
    if (mismatch) {
      const { stated, known } = mismatch;
      return finding(
        0,
        known
          ? `The reply states ${stated.text}; the knowledge says ${known.text}.`
          : `The reply states ${stated.text}, which the knowledge does not mention.`,
      );
    }

    const evidence = draftEvidence(draft, input.message, new Knowledge(facts.map((f) => f.terms), lexicon, language), language);
    if (evidence.claims === 0 && !evidence.question && !evidence.personal) {
      return finding(1, "The reply states no fact that needs the knowledge.");
    }
    if (evidence.denial) return finding(0, `The reply denies what the knowledge states: "${excerpt(evidence.denial)}".`);
    const score = supportScore(evidence);
    if (score >= threshold) return finding(score, "Every statement of the reply is found in the knowledge.");
    if (facts.length === 0) return finding(score, "The reply states facts, but no knowledge was found to back them.");
    return finding(score, unsupportedReason(evidence));
  },
};

// Names what an agent should look at: the clause or sentence the knowledge backs least when it is
// clearly short of support, else the question or the speaker's own story, else the words it lacks.
const CLEARLY_UNSUPPORTED = 0.8;

function unsupportedReason(evidence: DraftEvidence): string {
  const { weakest, weakestClause } = evidence;
  if (weakestClause && weakestClause.score < CLEARLY_UNSUPPORTED) return `The knowledge does not support: "${excerpt(weakestClause.clause)}".`;
  if (weakest && weakest.score < CLEARLY_UNSUPPORTED) return `The knowledge does not support: "${excerpt(weakest.sentence)}".`;
  if (evidence.question) return `The reply asks "${excerpt(evidence.question)}", which is not an answer from the knowledge.`;
  if (evidence.personal) return `The reply speaks for itself ("${excerpt(evidence.personal)}"); the knowledge says nothing of it.`;
  const words = [...new Set(evidence.unknownWords)].slice(0, 3);
  if (words.length > 0 && weakest) {
    return `The knowledge does not mention ${words.map((w) => `"${w}"`).join(", ")} ("${excerpt(weakest.sentence)}").`;
  }
  return `The reply's wording strays from the knowledge: "${excerpt(weakest?.sentence ?? "")}".`;
}

function excerpt(text: string): string {
  const flat = collapseWhitespace(text).trim();
  return flat.length <= 90 ? flat : `${flat.slice(0, 87)}...`;
}
