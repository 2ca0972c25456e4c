// What compliance needs from a knowledge passage, computed once per isolate: the same articles come back
// message after message, and tokenising and scanning them is most of the check's cost.
import type { Language } from "../../text/language.ts";
import { remember } from "../../text/remember.ts";
import { claimTokens } from "./claim-tokens.ts";
import type { Entity } from "./entities.ts";
import { Lexicon } from "./lexicon.ts";
import { PassageTerms } from "./passage-terms.ts";
import { textFacts, type TextFacts } from "./unsupported-entity.ts";

export interface PassageFacts {
  terms: PassageTerms;
  entities: TextFacts;
}

/** The facts of a draft's passages, with the lexicon their terms are numbered in. */
export interface KnowledgeFacts {
  lexicon: Lexicon;
  passages: PassageFacts[];
}

// Room for every passage of a large site (5,000 articles are ~24,000 passages): a passage evicted and read
// again is new garbage to promote. Keyed by the passage's own text, one memo per language: a joined key would
// copy every passage into the memo.
const MEMO_LIMIT = 30_000;
// The lexicon and the entities kept for sharing outlive the passages the memo has since dropped: past this
// many (a knowledge base's vocabulary is some tens of thousands of strings), they start again, with an empty
// memo.
const SHARED_LIMIT = 300_000;

interface Memo {
  lexicon: Lexicon;
  /** One object for each entity of the knowledge, by key and wording. */
  entities: Map<string, Entity>;
  facts: (text: string) => PassageFacts;
}
const memos = new Map<Language, Memo>();

export function knowledgeFacts(texts: readonly string[], language: Language): KnowledgeFacts {
  let memo = memos.get(language);
  if (!memo || memo.lexicon.size + memo.entities.size > SHARED_LIMIT) {
    const lexicon = new Lexicon();
    const entities = new Map<string, Entity>();
    const facts = remember(MEMO_LIMIT, (text) => ({
      terms: new PassageTerms(claimTokens(text, language), language, lexicon),
      entities: shared(textFacts(text), entities),
    }));
    memo = { lexicon, entities, facts };
    memos.set(language, memo);
  }
  const { lexicon, facts } = memo;
  return { lexicon, passages: texts.map((text) => facts(text)) };
}

/**
 * `facts` with each entity replaced by the same one of an earlier passage, when there is one: the same
 * numbers, prices and durations recur from passage to passage, and a kept passage then holds references to
 * them rather than its own objects and strings (~0.75 KB a passage before).
 */
function shared(facts: TextFacts, known: Map<string, Entity>): TextFacts {
  const list = facts.list.map((entity) => {
    const id = `${entity.key}\u0000${entity.text}`;
    const same = known.get(id);
    if (same) return same;
    known.set(id, entity);
    return entity;
  });
  // A copy of exactly its length: the list grew by pushes and has room to spare.
  return { list, values: facts.values.slice() };
}
