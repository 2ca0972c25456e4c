// What a term is looked for by in a passage besides itself: its concept (one term for a group of synonyms)
// and its first letters, so "overseen" meets "overseeing" where stemmers disagree.
import type { Language } from "../../text/language.ts";
import { remember } from "../../text/remember.ts";
import { conceptOf } from "../../text/synonyms.ts";

export interface Probe {
  concept: string;
  prefix?: string;
}

const PREFIX_LENGTH = 5;

// Every term of a draft is looked for in every passage, for each sentence and clause it appears in: its
// concept and first letters are worked out once, not a new prefix string for every lookup.
const PROBE_LIMIT = 20_000;
const probes = new Map<Language, (term: string) => Probe>();

export function probeOf(term: string, language: Language): Probe {
  let probe = probes.get(language);
  if (!probe) {
    probe = remember(PROBE_LIMIT, (word) => ({
      concept: conceptOf(word, language),
      prefix: word.length >= PREFIX_LENGTH ? word.slice(0, PREFIX_LENGTH) : undefined,
    }));
    probes.set(language, probe);
  }
  return probe(term);
}
