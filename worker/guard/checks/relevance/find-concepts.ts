// Finds the support concepts (concepts.ts) a text names, in any of the supported languages.
import { SUPPORTED_LANGUAGES } from "../../text/language.ts";
import { tokenize, type Token } from "../../similarity/tokens.ts";
import { concepts } from "./concepts.ts";

interface Cue {
  concept: string;
  /** Each position accepts the cue word's stem or its plain folded form. */
  sequence: ReadonlyArray<readonly [string, string]>;
}

/** Cues by the keys their first word can be matched on; built once per isolate. */
const cuesByKey = new Map<string, Cue[]>();
/** Single-word keys by their one-letter deletions, to forgive a typo ("cancelation", "refnd"). */
const keysByDeletion = new Map<string, string[]>();

// Shorter words are too often one edit away from an unrelated cue ("chose" / "close").
const FUZZY_MIN_LENGTH = 6;

for (const concept of concepts) {
  for (const language of SUPPORTED_LANGUAGES) {
    for (const phrase of concept.cues[language].split(",")) {
      const tokens = tokenize(phrase.trim(), language);
      if (tokens.length === 0) continue;
      const cue: Cue = { concept: concept.id, sequence: tokens.map((t) => [t.term, t.word] as const) };
      for (const key of new Set(cue.sequence[0]!)) {
        const list = cuesByKey.get(key) ?? [];
        list.push(cue);
        cuesByKey.set(key, list);
        if (tokens.length === 1 && key.length >= FUZZY_MIN_LENGTH) {
          for (const variant of deletions(key)) {
            const keys = keysByDeletion.get(variant) ?? [];
            if (!keys.includes(key)) keys.push(key);
            keysByDeletion.set(variant, keys);
          }
        }
      }
    }
  }
}

export interface Mention {
  concept: string;
  /** Index of the token where the mention starts. */
  at: number;
}

/**
 * Every mention of a concept in `tokens`, in order. With `forgiveTypos`, a word one edit away from a cue
 * word counts too: worth it for short customer messages, too loose (and slower) for long drafts.
 */
export function findConcepts(tokens: readonly Token[], forgiveTypos = false): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    let cues = candidates(token);
    if (cues.length === 0 && forgiveTypos && token.content) cues = fuzzyCandidates(token.word);
    // Most words open no cue: nothing to allocate for them.
    if (cues.length === 0) continue;
    const found = new Set<string>();
    for (const cue of cues) {
      if (!found.has(cue.concept) && matchesAt(cue, tokens, i)) found.add(cue.concept);
    }
    for (const concept of found) mentions.push({ concept, at: i });
  }
  return mentions;
}

const NO_CUES: readonly Cue[] = [];

function candidates(token: Token): readonly Cue[] {
  // A function word only opens a cue that starts with that very word ("how long", "where is"), so English
  // "not" never meets the stem of French "noter".
  if (!token.content) {
    const cues = cuesByKey.get(token.word);
    return cues ? cues.filter((cue) => cue.sequence[0]![1] === token.word) : NO_CUES;
  }
  const byTerm = cuesByKey.get(token.term) ?? NO_CUES;
  const byWord = token.word === token.term ? undefined : cuesByKey.get(token.word);
  return byWord ? [...byTerm, ...byWord] : byTerm;
}

function fuzzyCandidates(word: string): readonly Cue[] {
  if (word.length < FUZZY_MIN_LENGTH) return NO_CUES;
  const keys = new Set<string>();
  for (const variant of [word, ...deletions(word)]) {
    for (const key of keysByDeletion.get(variant) ?? []) keys.add(key);
  }
  if (cuesByKey.has(word)) keys.add(word);
  return [...keys].flatMap((key) => (cuesByKey.get(key) ?? []).filter((cue) => cue.sequence.length === 1));
}

function matchesAt(cue: Cue, tokens: readonly Token[], start: number): boolean {
  // The first word matched already (exactly or forgiven); the rest must follow in order. Checked against the
  // length rather than by reading past the end: V8 throws its optimised code away the first time that happens.
  if (start + cue.sequence.length > tokens.length) return false;
  for (let k = 1; k < cue.sequence.length; k++) {
    const token = tokens[start + k]!;
    if (!cue.sequence[k]!.includes(token.term) && !cue.sequence[k]!.includes(token.word)) return false;
  }
  return true;
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}
