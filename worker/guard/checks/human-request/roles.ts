// Which part a word plays in a request for a person, in any supported language, typos forgiven.
// All languages at once: a short message ("agent", "un conseiller svp") is where detection guesses wrong.
import { withinOneEdit } from "../../text/edit-distance.ts";
import { SUPPORTED_LANGUAGES } from "../../text/language.ts";
import { lexicons, notTypos, personSuffixes, type Role } from "./lexicon.ts";

const exact = new Map<string, Set<Role>>();
for (const language of SUPPORTED_LANGUAGES) {
  for (const [role, list] of Object.entries(lexicons[language]) as [Role, string][]) {
    for (const word of list.split(/\s+/)) {
      if (!word) continue;
      const roles = exact.get(word) ?? new Set<Role>();
      roles.add(role);
      exact.set(word, roles);
    }
  }
}

// Only the words that carry the request are worth a typo search; a slip in "the" changes nothing.
const TYPO_ROLES: readonly Role[] = ["reach", "person", "someone"];
// Below five letters one edit turns a word into another real word ("talk" / "task", "chat" / "cat"),
// so a typo must be five letters long, and may only come from a word of four ("talkk") or more.
const MIN_TYPO_LENGTH = 5;

// Words one edit apart share a form with one letter deleted ("eprson" and "person" both give "erson"),
// so a typo is found with a few map lookups, not by comparing it with every lexicon word.
const byDeletion = new Map<string, string[]>();
let longestCandidate = 0;
for (const [word, roles] of exact) {
  if (word.length < MIN_TYPO_LENGTH - 1 || !TYPO_ROLES.some((r) => roles.has(r))) continue;
  for (const form of [word, ...deletions(word)]) byDeletion.set(form, [...(byDeletion.get(form) ?? []), word]);
  longestCandidate = Math.max(longestCandidate, word.length);
}

// The first and last letters of the forms above, by length. The forms a word makes by deleting one letter
// share its first and last letters, except the two that delete one of those: a look here rules out most
// forms before the string is made. Only a filter: a form that passes is still looked up.
const formEnds = new Map<number, Map<string, Set<string>>>();
for (const form of byDeletion.keys()) {
  const byFirst = formEnds.get(form.length) ?? new Map<string, Set<string>>();
  formEnds.set(form.length, byFirst);
  const lasts = byFirst.get(form[0]!) ?? new Set<string>();
  byFirst.set(form[0]!, lasts);
  lasts.add(form[form.length - 1]!);
}

// Glued words ("tosomebody", "withan agent"): what may stick to the front of a person word.
const GLUED_PREFIXES = ["to", "with", "a", "an", "un", "une", "mit", "con"];

const NONE: ReadonlySet<Role> = new Set();
const PERSON: ReadonlySet<Role> = new Set(["person"]);
const NO_WORDS: readonly string[] = [];

/** The roles of one folded, lower-cased word; empty when it plays none. Shared sets: never mutate one. */
export function rolesOf(word: string): ReadonlySet<Role> {
  const known = exact.get(word);
  if (known) return known;
  if (hasPersonSuffix(word)) return PERSON;
  for (const prefix of GLUED_PREFIXES) {
    if (word.startsWith(prefix)) {
      const rest = exact.get(word.slice(prefix.length));
      if (rest?.has("person") || rest?.has("someone")) return rest;
    }
  }
  if (word.length < MIN_TYPO_LENGTH || word.length > longestCandidate + 1 || notTypos.has(word)) return NONE;
  return typoRoles(word);
}

// Loops, not `some` with an arrow: a closure over `word` costs a context and a function object on every word.
function hasPersonSuffix(word: string): boolean {
  for (const suffix of personSuffixes) if (word.length > suffix.length + 2 && word.endsWith(suffix)) return true;
  return false;
}

/** The request roles of the lexicon words one edit away from `word`; most words have none. */
function typoRoles(word: string): ReadonlySet<Role> {
  let roles: Set<Role> | undefined;
  // The word itself (a letter too many), then the word without each of its letters, made one at a time:
  // most of them find nothing, and a list of them all was garbage.
  for (let i = -1; i < word.length; i++) {
    if (i >= 0 && !mayBeForm(word, i)) continue;
    const form = i < 0 ? word : word.slice(0, i) + word.slice(i + 1);
    for (const candidate of byDeletion.get(form) ?? NO_WORDS) {
      if (!withinOneEdit(word, candidate)) continue;
      for (const r of exact.get(candidate)!) if (TYPO_ROLES.includes(r)) (roles ??= new Set<Role>()).add(r);
    }
  }
  return roles ?? NONE;
}

/** Whether `word` without its letter at `at` may be a form of the index, judged by its first and last letters. */
function mayBeForm(word: string, at: number): boolean {
  const last = word.length - 1;
  const first = at === 0 ? word[1] : word[0];
  const end = at === last ? word[last - 1] : word[last];
  return formEnds.get(last)?.get(first!)?.has(end!) ?? false;
}

function deletions(word: string): string[] {
  return Array.from(word, (_, i) => word.slice(0, i) + word.slice(i + 1));
}
