// What compliance needs from a knowledge passage, computed once per isolate: the same articles come back
// message after message, and tokenising and scanning them is most of the check's cost.
import type { Language } from "../../text/language.ts";
import { remember } from "../../text/remember.ts";
import { claimTokens } from "./claim-tokens.ts";
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
// The lexicon keeps the words of passages the memo has since dropped: past this many strings (a knowledge
// base's vocabulary is some tens of thousands), it starts again, with an empty memo.
const LEXICON_LIMIT = 300_000;

interface Memo {
  lexicon: Lexicon;
  facts: (text: string) => PassageFacts;
}
const memos = new Map<Language, Memo>();

export function knowledgeFacts(texts: readonly string[], language: Language): KnowledgeFacts {
  let memo = memos.get(language);
  if (!memo || memo.lexicon.size > LEXICON_LIMIT) {
    const lexicon = new Lexicon();
    const facts = remember(MEMO_LIMIT, (text) => ({ terms: new PassageTerms(claimTokens(text, language), language, lexicon), entities: textFacts(text) }));
    memo = { lexicon, facts };
    memos.set(language, memo);
  }
  const { lexicon, facts } = memo;
  return { lexicon, passages: texts.map((text) => facts(text)) };
}
