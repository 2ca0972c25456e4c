// Whether one site rule applies to a message. Within a kind of criterion any one is enough (any
// keyword, any example); across kinds all that the rule names must hold: a rule with examples and
// `channels: ["email"]` means "this topic, by email". A rule naming only attributes or channels
// matches every message from those customers or channels.
import { tokenize } from "../../similarity/tokens.ts";
import type { Language } from "../../text/language.ts";
import type { CheckInput } from "../../types.ts";
import { prepareRule, type ExclusionRule } from "./prepared-rule.ts";
import { topicSimilarity, topicTerms } from "./topic-similarity.ts";

export interface RuleMatch {
  /** 1 for a keyword, a pattern or context alone; the similarity for a topic example. */
  score: number;
  /** What matched, as a clause for the agent: `it contains the keyword "chargeback"`. */
  why: string;
}

export function matchRule(rule: ExclusionRule, input: CheckInput, language: Language): RuleMatch | undefined {
  const context = matchContext(rule, input);
  if (context === undefined) return undefined;
  const hasContent = rule.examples.length + rule.keywords.length + rule.patterns.length > 0;
  if (!hasContent) return { score: 1, why: context.join(" and ") };
  const content = matchContent(rule, input.message, language);
  if (!content) return undefined;
  return { score: content.score, why: [content.why, ...context].join(" and ") };
}

/** The context clauses that hold, or undefined when a named attribute or channel does not. */
function matchContext(rule: ExclusionRule, input: CheckInput): string[] | undefined {
  const clauses: string[] = [];
  for (const [key, wanted] of Object.entries(rule.attributes)) {
    const actual = input.customer?.[key];
    if (actual === undefined || !sameValue(actual, wanted)) return undefined;
    clauses.push(`the customer's ${key} is "${actual}"`);
  }
  if (rule.channels.length > 0) {
    const channel = input.channel;
    if (channel === undefined || !rule.channels.some((c) => sameValue(c, channel))) return undefined;
    clauses.push(`the message came by ${channel}`);
  }
  return clauses;
}

function matchContent(rule: ExclusionRule, message: string, language: Language): RuleMatch | undefined {
  const ready = prepareRule(rule, language);
  const tokens = tokenize(message, language);
  const terms = tokens.map((t) => t.term);
  const keyword = ready.keywords.find((k) => k.terms.length > 0 && containsRun(terms, k.terms));
  if (keyword) return { score: 1, why: `it contains the keyword "${keyword.text}"` };
  const pattern = ready.patterns.find((p) => p.regex.test(message));
  if (pattern) return { score: 1, why: `it matches the pattern /${pattern.source}/` };
  const topic = topicTerms(tokens);
  let best: RuleMatch | undefined;
  for (const example of ready.examples) {
    const score = topicSimilarity(topic, example.terms);
    if (score > 0 && score > (best?.score ?? 0)) {
      best = { score, why: `it is close to the example "${example.text}" (${score.toFixed(2)})` };
    }
  }
  return best;
}

function containsRun(haystack: readonly string[], run: readonly string[]): boolean {
  outer: for (let i = 0; i + run.length <= haystack.length; i++) {
    for (let j = 0; j < run.length; j++) if (haystack[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

function sameValue(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
