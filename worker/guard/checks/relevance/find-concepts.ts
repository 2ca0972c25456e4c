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

// The same lists by a hash of the deletion, so that a message word's own deletions are looked up without
// being built: building each (three short strings apiece) for every unknown word of the message was most of
// the relevance check's garbage. Hashes can collide, so each entry keeps its deletion to compare.
const HASH_BASE = 31;
const HASH_MASK = 0x3fffffff; // small integers (Smis): no number is boxed to look one up
const keysByDeletionHash = new Map<number, Array<{ deletion: string; keys: readonly string[] }>>();
for (const [deletion, keys] of keysByDeletion) {
  const hash = hashFrom(deletion, 0);
  const entries = keysByDeletionHash.get(hash) ?? [];
  entries.push({ deletion, keys });
  keysByDeletionHash.set(hash, entries);
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
    const from = mentions.length;
    if (!token.content) {
      // A function word only opens a cue that starts with that very word ("how long", "where is"), so English
      // "not" never meets the stem of French "noter".
      for (const cue of cuesByKey.get(token.word) ?? NO_CUES) {
        if (cue.sequence[0]![1] === token.word) mention(mentions, from, cue, tokens, i);
      }
      continue;
    }
    const byTerm = cuesByKey.get(token.term);
    const byWord = token.word === token.term ? undefined : cuesByKey.get(token.word);
    if (byTerm || byWord) {
      for (const cue of byTerm ?? NO_CUES) mention(mentions, from, cue, tokens, i);
      for (const cue of byWord ?? NO_CUES) mention(mentions, from, cue, tokens, i);
    } else if (forgiveTypos) {
      // A typo is forgiven in single-word cues only.
      for (const key of fuzzyKeys(token.word)) {
        for (const cue of cuesByKey.get(key)!) if (cue.sequence.length === 1) mention(mentions, from, cue, tokens, i);
      }
    }
  }
  return mentions;
}

const NO_CUES: readonly Cue[] = [];
const NO_KEYS: readonly string[] = [];

/**
 * Adds the cue's concept at token `at` when the cue matches there, once per concept: the mentions from
 * `from` on are this token's, a handful at most, so they are searched rather than kept in a set.
 */
function mention(mentions: Mention[], from: number, cue: Cue, tokens: readonly Token[], at: number): void {
  for (let k = from; k < mentions.length; k++) if (mentions[k]!.concept === cue.concept) return;
  if (matchesAt(cue, tokens, at)) mentions.push({ concept: cue.concept, at });
}

/** The single-word keys one edit away from `word`: the word is a deletion of the key, or both lose a letter to meet. */
function fuzzyKeys(word: string): readonly string[] {
  if (word.length < FUZZY_MIN_LENGTH) return NO_KEYS;
  const keys: string[] = [];
  addKeys(keys, keysByDeletion.get(word));
  let hash = hashFrom(word, 1);
  let power = 1;
  for (let gap = 0; gap < word.length; gap++) {
    // `hash` is that of the word without its letter at `gap`, and `power` the weight of position `gap`.
    addKeys(keys, keysWithout(word, gap, hash));
    if (gap + 1 === word.length) break;
    // Moving the gap one letter right puts word[gap] where word[gap + 1] was; nothing else changes place.
    hash = (hash + Math.imul(word.charCodeAt(gap) - word.charCodeAt(gap + 1), power)) & HASH_MASK;
    power = Math.imul(power, HASH_BASE) & HASH_MASK;
  }
  return keys;
}

/** The keys one of whose deletions is `word` without its letter at `gap`, `hash` being that deletion's hash. */
function keysWithout(word: string, gap: number, hash: number): readonly string[] | undefined {
  const entries = keysByDeletionHash.get(hash);
  if (entries) for (const entry of entries) if (isWithout(entry.deletion, word, gap)) return entry.keys;
  return undefined;
}

/** Whether `deletion` is `word` without its letter at `gap`. */
function isWithout(deletion: string, word: string, gap: number): boolean {
  if (deletion.length !== word.length - 1) return false;
  for (let k = 0; k < deletion.length; k++) {
    if (deletion.charCodeAt(k) !== word.charCodeAt(k < gap ? k : k + 1)) return false;
  }
  return true;
}

function addKeys(keys: string[], more: readonly string[] | undefined): void {
  if (more) for (const key of more) if (!keys.includes(key)) keys.push(key);
}

/** Polynomial hash of `text` from index `from`: each code unit times HASH_BASE to the power of its place after `from`. */
function hashFrom(text: string, from: number): number {
  let hash = 0;
  let power = 1;
  for (let k = from; k < text.length; k++) {
    hash = (hash + Math.imul(text.charCodeAt(k), power)) & HASH_MASK;
    power = Math.imul(power, HASH_BASE) & HASH_MASK;
  }
  return hash;
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
