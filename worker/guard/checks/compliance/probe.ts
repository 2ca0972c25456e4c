// What a term is looked for by in a passage besides itself: its concept (one term for a group of synonyms)
// and its first letters, so "overseen" meets "overseeing" where stemmers disagree.
import type { Language } from "../../text/language.ts";
import { rememberEach } from "../../text/remember.ts";
import { conceptOf } from "../../text/synonyms.ts";

export interface Probe {
  concept: string;
  prefix?: string;
}

const PREFIX_LENGTH = 5;

// Every term of a draft is looked for in every passage, for each sentence and clause it appears in: its
// concept and first letters are worked out once, not a new prefix string for every lookup.
const PROBE_LIMIT = 20_000;
const probeIn = rememberEach(
  PROBE_LIMIT,
  (word, language: Language): Probe => ({
    concept: conceptOf(word, language),
    prefix: word.length >= PREFIX_LENGTH ? word.slice(0, PREFIX_LENGTH) : undefined,
  }),
);

export function probeOf(term: string, language: Language): Probe {
  return probeIn(language)(term);
}
