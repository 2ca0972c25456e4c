// What compliance needs from a knowledge passage, computed once per isolate: the same articles come back
// message after message, and tokenising and scanning them is most of the check's cost.
import type { Language } from "../../text/language.ts";
import { claimTokens } from "./claim-tokens.ts";
import { passageTerms, type PassageTerms } from "./sentence-support.ts";
import { textFacts, type TextFacts } from "./unsupported-entity.ts";

export interface PassageFacts {
  terms: PassageTerms;
  entities: TextFacts;
}

// Bounded, so a long-lived isolate serving a large knowledge base does not grow without limit.
const MEMO_LIMIT = 2_000;
const memo = new Map<string, PassageFacts>();

export function passageFacts(text: string, language: Language): PassageFacts {
  const key = `${language}\u0000${text}`;
  let facts = memo.get(key);
  if (!facts) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    facts = { terms: passageTerms(claimTokens(text, language), language), entities: textFacts(text) };
    memo.set(key, facts);
  }
  return facts;
}
