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
const typoCandidates = [...exact].filter(
  ([word, roles]) => word.length >= MIN_TYPO_LENGTH - 1 && TYPO_ROLES.some((r) => roles.has(r)),
);

// Glued words ("tosomebody", "withan agent"): what may stick to the front of a person word.
const GLUED_PREFIXES = ["to", "with", "a", "an", "un", "une", "mit", "con"];

const NONE: ReadonlySet<Role> = new Set();

/** The roles of one folded, lower-cased word; empty when it plays none. */
export function rolesOf(word: string): ReadonlySet<Role> {
  const known = exact.get(word);
  if (known) return known;
  if (personSuffixes.some((suffix) => word.length > suffix.length + 2 && word.endsWith(suffix))) {
    return new Set<Role>(["person"]);
  }
  for (const prefix of GLUED_PREFIXES) {
    if (word.startsWith(prefix)) {
      const rest = exact.get(word.slice(prefix.length));
      if (rest?.has("person") || rest?.has("someone")) return rest;
    }
  }
  if (word.length < MIN_TYPO_LENGTH || notTypos.has(word)) return NONE;
  const roles = new Set<Role>();
  for (const [candidate, candidateRoles] of typoCandidates) {
    if (withinOneEdit(word, candidate)) for (const r of candidateRoles) if (TYPO_ROLES.includes(r)) roles.add(r);
  }
  return roles.size > 0 ? roles : NONE;
}
