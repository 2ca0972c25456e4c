// A site rule made ready to match: examples and keywords tokenized in the message's language, patterns
// compiled. Policies are read once and used for many messages, so the work is kept per rule object.
import type { Policy } from "../../policy.ts";
import { tokenize, type Token } from "../../similarity/tokens.ts";
import type { Language } from "../../text/language.ts";
import { topicTerms } from "./topic-similarity.ts";

export type ExclusionRule = Policy["exclusions"][number];

export interface PreparedRule {
  examples: { text: string; terms: Token[] }[];
  /** Each keyword as its sequence of stemmed terms, so "chargebacks" meets "chargeback". */
  keywords: { text: string; terms: string[] }[];
  patterns: { source: string; regex: RegExp }[];
}

const prepared = new WeakMap<ExclusionRule, Map<Language, PreparedRule>>();

export function prepareRule(rule: ExclusionRule, language: Language): PreparedRule {
  const byLanguage = prepared.get(rule) ?? new Map<Language, PreparedRule>();
  prepared.set(rule, byLanguage);
  let ready = byLanguage.get(language);
  if (!ready) {
    ready = {
      examples: rule.examples.map((text) => ({ text, terms: topicTerms(tokenize(text, language)) })),
      keywords: rule.keywords.map((text) => ({ text, terms: tokenize(text, language).map((t) => t.term) })),
      patterns: rule.patterns.map((source) => ({ source, regex: new RegExp(source, "iu") })),
    };
    byLanguage.set(language, ready);
  }
  return ready;
}
