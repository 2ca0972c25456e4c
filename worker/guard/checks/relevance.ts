// relevance: does the draft address what the customer asked? Blocks a reply about something else.
import { termWeight } from "../similarity/term-weight.ts";
import { tokenize, type Token } from "../similarity/tokens.ts";
import { isCourtesy } from "../text/courtesy.ts";
import { customerLanguage, draftLanguage } from "./text-languages.ts";
import type { Checkpoint, Passage } from "../types.ts";
import { concepts } from "./relevance/concepts.ts";
import { findConcepts, type Mention } from "./relevance/find-concepts.ts";

const conceptWeight = new Map(concepts.map((c) => [c.id, c.weight]));

// A reply states what it is about first; later words (closing offers, "contact support") say less.
// Decay lengths in tokens, and the share of concept fit in the score, were tuned on the dev set.
const CONCEPT_DECAY = 25;
const TERM_DECAY = 50;
const CONCEPT_SHARE = 0.3;
// A customer's word met only through a concept's other words earns half credit, and only for the concepts
// specific enough to carry a request alone (refund, invoice), not for "order" or "account".
const SYNONYM_CREDIT = 0.5;
const SPECIFIC_CONCEPT = 1;

export const relevance: Checkpoint = {
  id: "relevance",
  stage: "post",
  defaultThreshold: 0.38,
  blocksWhen: "below",
  evaluate(input, threshold) {
    const draft = input.draft ?? "";
    const asked = tokenize(input.message, customerLanguage(input));
    const replied = tokenize(draft, draftLanguage(input));
    const finding = (score: number, reason: string) => ({
      verdict: score < threshold ? ("block" as const) : ("pass" as const),
      score: clamp(score),
      threshold,
      reason,
    });

    if (replied.every((t) => !t.content)) return finding(0, "The reply is empty or says nothing specific.");
    if (asked.every((t) => !t.content) || isCourtesy(input.message, customerLanguage(input))) {
      return finding(1, "The customer's message names no topic, so any reply addresses it.");
    }

    const askedConcepts = findConcepts(asked, true);
    const repliedConcepts = findConcepts(replied);
    const terms = termFit(asked, replied, askedConcepts, repliedConcepts);
    const text = askedConcepts.length === 0 ? terms : CONCEPT_SHARE * conceptFit(askedConcepts, repliedConcepts) + (1 - CONCEPT_SHARE) * terms;
    const retrieval = bestRetrieval(input.knowledge);
    // A weak retrieval match means the knowledge behind the draft answers another question.
    const score = retrieval === undefined ? text : text * (0.5 + 0.5 * retrieval);
    return finding(score, explain(score >= threshold, askedConcepts, repliedConcepts, retrieval));
  },
};

/**
 * Share of the customer's words (weighted by rarity) that the reply uses, the earlier the better. A word
 * that names a concept counts as used where the reply names that concept in any words ("bill" / "invoice").
 */
function termFit(asked: readonly Token[], replied: readonly Token[], askedConcepts: readonly Mention[], repliedConcepts: readonly Mention[]): number {
  const firstUse = firstUses(asked, replied);
  const best = new Map<string, { weight: number; credit: number }>();
  for (let i = 0; i < asked.length; i++) {
    const t = asked[i]!;
    if (!t.content) continue;
    const same = firstUse.get(t.term)!;
    const synonym = firstSynonymUse(i, askedConcepts, repliedConcepts);
    const credit = Math.max(Math.exp(-same / TERM_DECAY), SYNONYM_CREDIT * Math.exp(-synonym / TERM_DECAY));
    const known = best.get(t.term);
    if (!known || credit > known.credit) best.set(t.term, { weight: termWeight(t), credit });
  }
  let total = 0;
  let found = 0;
  for (const { weight, credit } of best.values()) {
    total += weight;
    found += weight * credit;
  }
  return total === 0 ? 0 : found / total;
}

/**
 * Where the reply first uses each content term of the customer's (Infinity where it does not). Only the
 * customer's few terms are looked for, rather than every term of the reply indexed.
 */
function firstUses(asked: readonly Token[], replied: readonly Token[]): Map<string, number> {
  const firstUse = new Map<string, number>();
  for (const t of asked) if (t.content) firstUse.set(t.term, Infinity);
  for (let i = 0; i < replied.length; i++) {
    const t = replied[i]!;
    if (t.content && firstUse.get(t.term) === Infinity) firstUse.set(t.term, i);
  }
  return firstUse;
}

/**
 * Where the reply first names a concept that the customer's token `at` names, among the concepts specific
 * enough to stand for the word (Infinity where it names none). Both lists are a handful of mentions: searched.
 */
function firstSynonymUse(at: number, askedConcepts: readonly Mention[], repliedConcepts: readonly Mention[]): number {
  let first = Infinity;
  for (const m of askedConcepts) {
    if (m.at !== at || conceptWeight.get(m.concept)! < SPECIFIC_CONCEPT) continue;
    first = Math.min(first, firstMention(repliedConcepts, m.concept));
  }
  return first;
}

function firstMention(mentions: readonly Mention[], concept: string): number {
  for (const m of mentions) if (m.concept === concept) return m.at;
  return Infinity;
}

/** Cosine between the concepts asked about and the reply's concepts, weighted towards its opening. */
function conceptFit(asked: readonly Mention[], replied: readonly Mention[]): number {
  const question = new Map<string, number>();
  for (const m of asked) question.set(m.concept, conceptWeight.get(m.concept)!);
  const answer = new Map<string, number>();
  for (const m of replied) {
    answer.set(m.concept, (answer.get(m.concept) ?? 0) + conceptWeight.get(m.concept)! * Math.exp(-m.at / CONCEPT_DECAY));
  }
  let dot = 0;
  for (const [concept, weight] of question) dot += weight * (answer.get(concept) ?? 0);
  const norm = Math.sqrt(sumOfSquares(question) * sumOfSquares(answer));
  return norm === 0 ? 0 : dot / norm;
}

function bestRetrieval(knowledge: readonly Passage[]): number | undefined {
  if (knowledge.length === 0) return undefined;
  let best = -Infinity;
  for (const p of knowledge) best = Math.max(best, p.score);
  return clamp(best);
}

// Each list of concepts is ranked only where the reason names it.
function explain(passes: boolean, asked: readonly Mention[], replied: readonly Mention[], retrieval: number | undefined): string {
  if (passes) {
    const askedAbout = topConcepts(asked, 3);
    return askedAbout.length > 0 ? `The reply addresses the question about ${askedAbout.join(", ")}.` : "The reply uses the customer's own terms.";
  }
  if (retrieval !== undefined && retrieval < 0.5) {
    return `The knowledge found matches the question poorly (best ${retrieval.toFixed(2)}), and so does the reply.`;
  }
  const askedAbout = topConcepts(asked, 3);
  const repliedAbout = topConcepts(replied, 3);
  const about = repliedAbout.length > 0 ? `the reply is about ${repliedAbout.join(", ")}` : "the reply does not use the customer's terms";
  return askedAbout.length > 0 ? `The customer asks about ${askedAbout.join(", ")}; ${about}.` : `The reply does not match the question: ${about}.`;
}

/** Concepts by how early and how often they are named, most prominent first (ties in order of first mention). */
function topConcepts(mentions: readonly Mention[], count: number): string[] {
  const prominence = new Map<string, number>();
  for (const m of mentions) prominence.set(m.concept, (prominence.get(m.concept) ?? 0) + Math.exp(-m.at / CONCEPT_DECAY));
  // The first `count` kept ranked as the concepts come, rather than every entry copied out and sorted.
  const top: string[] = [];
  prominence.forEach((weight, concept) => {
    let at = top.length;
    while (at > 0 && prominence.get(top[at - 1]!)! < weight) at--;
    if (at < count) top.splice(at, 0, concept);
    if (top.length > count) top.pop();
  });
  return top;
}

function sumOfSquares(vector: Map<string, number>): number {
  let sum = 0;
  for (const v of vector.values()) sum += v * v;
  return sum;
}

function clamp(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
