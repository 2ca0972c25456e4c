// Weighted cues: patterns that each say a little about a message ("an insult", "a legal threat",
// "ignore your instructions"), and one way to add up what several of them say.
import { fold } from "./words.ts";

export interface Cue<Kind extends string = string> {
  kind: Kind;
  /** How sure one such match alone makes us, 0..1. */
  weight: number;
  pattern: RegExp;
}

export interface CueHit<Kind extends string = string> {
  kind: Kind;
  weight: number;
  /** The matched text, for the reason shown to agents. */
  match: string;
}

// Constants: a regular expression literal makes a new RegExp object each time it is evaluated.
const APOSTROPHES = /[’‘`´]/g;
const QUOTES = /[“”„«»]/g;
const SHARP_S = /ß/g;

/**
 * The form cue patterns are written for: lower case, no accents, plain quotes, "ss" for "ß", so one
 * pattern covers "Scheiße" and "scheisse", "énervé" and "enerve".
 */
export function cueText(text: string): string {
  return cueForm(fold(text.toLowerCase()));
}

/** cueText of a text already lower-cased and folded, for a caller that reads that form too. */
export function cueForm(lowerFolded: string): string {
  return lowerFolded
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"')
    .replace(SHARP_S, "ss");
}

/** Every cue that matches `text`, once per cue. Patterns are used with `exec`, so flags other than "g"/"y". */
export function findCues<Kind extends string>(text: string, cues: readonly Cue<Kind>[]): CueHit<Kind>[] {
  const hits: CueHit<Kind>[] = [];
  for (const cue of cues) {
    const found = cue.pattern.exec(text);
    if (found) hits.push({ kind: cue.kind, weight: cue.weight, match: found[0].trim() });
  }
  return hits;
}

/** The strongest hit of each kind: two ways of saying "ignore your instructions" are one piece of evidence. */
export function strongestByKind<Kind extends string>(hits: readonly CueHit<Kind>[]): CueHit<Kind>[] {
  // A list searched, not a map: a message has a few hits, most none, and a map was made for every text read.
  // Each kind keeps the place of its first hit, as a map's insertion order would.
  const best: CueHit<Kind>[] = [];
  for (const hit of hits) {
    const at = indexOfKind(best, hit.kind);
    if (at < 0) best.push(hit);
    else if (hit.weight > best[at]!.weight) best[at] = hit;
  }
  return best.sort(byWeightDescending);
}

function indexOfKind(hits: readonly CueHit[], kind: string): number {
  for (let i = 0; i < hits.length; i++) if (hits[i]!.kind === kind) return i;
  return -1;
}

function byWeightDescending(a: CueHit, b: CueHit): number {
  return b.weight - a.weight;
}

/**
 * Independent pieces of evidence combined as a "noisy or": 1 − Π(1 − wᵢ). Two cues of 0.5 make 0.75;
 * nothing makes 0; the result never leaves 0..1. Read from the hits, not from a list of their weights: such a
 * list held small integers or doubles, packed or holey, and optimised code was thrown away on each new kind.
 */
export function combineEvidence(hits: readonly { weight: number }[]): number {
  let doubt = 1;
  for (const hit of hits) doubt *= doubtLeft(hit.weight);
  return 1 - doubt;
}

/** Two pieces of evidence combined as combineEvidence does. */
export function eitherEvidence(a: number, b: number): number {
  return 1 - doubtLeft(a) * doubtLeft(b);
}

function doubtLeft(weight: number): number {
  return 1 - Math.min(1, Math.max(0, weight));
}
