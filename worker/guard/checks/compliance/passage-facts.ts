// What compliance needs from a knowledge passage, computed once per isolate: the same articles come back
// message after message, and tokenising and scanning them is most of the check's cost.
import type { Language } from "../../text/language.ts";
import { remember } from "../../text/remember.ts";
import { claimTokens } from "./claim-tokens.ts";
import { passageTerms, type PassageTerms } from "./sentence-support.ts";
import { textFacts, type TextFacts } from "./unsupported-entity.ts";

export interface PassageFacts {
  terms: PassageTerms;
  entities: TextFacts;
}

// Bounded, so a long-lived isolate serving a large knowledge base does not grow without limit. Keyed by the
// passage's own text, one map per language: a joined key would copy every passage into the memo.
const MEMO_LIMIT = 2_000;
const memos = new Map<Language, (text: string) => PassageFacts>();

export function passageFacts(text: string, language: Language): PassageFacts {
  let facts = memos.get(language);
  if (!facts) {
    facts = remember(MEMO_LIMIT, (passage) => ({ terms: passageTerms(claimTokens(passage, language), language), entities: textFacts(passage) }));
    memos.set(language, facts);
  }
  return facts(text);
}
