// Finds a request for a person in a message: a way of reaching ("talk", "joindre") or a wish ("want",
// "möchte") together with a person ("agent", "conseiller"), within one clause, unless the wish is negated.
// "I don't know how to reach an agent" is a request; "I don't want a human" is not.
import { fold } from "../../text/words.ts";
import type { Role } from "./lexicon.ts";
import { meWords, perWords } from "./lexicon.ts";
import { rolesOf } from "./roles.ts";

export interface RequestFinding {
  /** "asked": the customer wants a person; "declined": they mentioned one and said they do not want one. */
  kind: "asked" | "declined";
  /**
   * "explicit": a verb of reaching or wishing goes with the person; "bare": the clause is little more than
   * the person ("agent please").
   */
  strength: "explicit" | "bare";
  /** The words that made the decision, as the customer typed them (folded). */
  words: string[];
}

interface Word {
  text: string;
  roles: ReadonlySet<Role>;
  /** Cancelled by a negation ("don't want", "no human", "sans parler"). */
  negated: boolean;
}

// A person and a way of reaching them belong together within this many words ("speak with a real live agent").
const REACH_SPAN = 6;
// "want a live agent", "brauche jetzt bitte einen echten Menschen".
const WANT_SPAN = 5;
// A negation this close to a wish turns it around: "don't want", "ne veux pas", "möchte nicht", "no quiero".
const NEGATION_SPAN = 2;

// Clauses: punctuation and "but"-words separate "I don't want a bot, I want a human" into two decisions.
const CLAUSE_BREAK = /[.,;:!?¿¡()\n]+|\b(?:but|mais|aber|sondern|pero|sino)\b/iu;
// Letters and digits, with inner apostrophes kept: "don't", "quelqu'un", "n'ai".
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
// French elision: "n'ai" carries a negation, "d'un" an article; split them off.
const ELISION = /^(qu|[cdjlmnst])'(.+)$/u;
// Asking what the bot is ("are you human?", "am I talking to a bot?") is not asking for a person.
const IDENTITY =
  /(?:^| )(?:are you|r u|am i|is (?:this|it|that)|es tu|etes vous|suis je|bist du|sind sie|spreche ich|eres|es usted|estoy hablando)(?: |$)/u;
const APOSTROPHES = /[’‘`´]/g;
const TALKING_NOW = new Set(["talking", "speaking", "chatting", "parler", "spreche", "hablando"]);
// Negations that cancel a verb right after them ("don't transfer me").
// "not" is left out: "I can not reach anyone" is a plea, not a refusal.
const DIRECT_NEGATIONS = new Set(["don't", "dont", "never", "jamais", "niemals", "nunca"]);

export function findRequest(text: string): RequestFinding | undefined {
  let declined: RequestFinding | undefined;
  for (const clause of clausesOf(text)) {
    if (isIdentityQuestion(clause)) continue;
    markNegations(clause);
    const asked = askedIn(clause);
    if (asked) return asked;
    declined ??= declinedIn(clause);
  }
  return declined;
}

/** The clauses of a text that name a person or a hand-over, each as its words. */
function clausesOf(text: string): Word[][] {
  // Folded once for the whole text, and split by a pattern: Intl.Segmenter costs more than the rest together.
  const plain = fold(text.toLowerCase()).replace(APOSTROPHES, "'");
  // Words pushed into one list per clause, not mapped: an array made by `map` is packed or holey depending on
  // whether V8 has optimised the code that made it, and code that met one kind is compiled again on the other.
  const clauses: Word[][] = [];
  for (const part of plain.split(CLAUSE_BREAK)) {
    const found = part.match(WORD);
    // Every request and every refusal names a person or a hand-over; most clauses name neither, and their
    // words are not made.
    if (found === null || !found.some(namesSomeone)) continue;
    const clause: Word[] = [];
    for (const w of found) {
      const elided = ELISION.exec(w);
      if (elided) clause.push(wordOf(`${elided[1]}'`), wordOf(elided[2]!));
      else clause.push(wordOf(w));
    }
    clauses.push(clause);
  }
  return clauses;
}

/** Whether a word, or either half of an elided one, names a person, someone or a hand-over. */
function namesSomeone(word: string): boolean {
  const elided = ELISION.exec(word);
  if (!elided) return isRequestKey(rolesOf(word));
  return isRequestKey(rolesOf(`${elided[1]}'`)) || isRequestKey(rolesOf(elided[2]!));
}

function isRequestKey(roles: ReadonlySet<Role>): boolean {
  return roles.has("person") || roles.has("someone") || roles.has("handoff");
}

// Each word is looked up where it stands, not once per message through a map: most are one lookup in the
// lexicon, the typo search rules out most words by their first and last letters, and the map cost more.
function wordOf(text: string): Word {
  return { text, roles: rolesOf(text), negated: false };
}

function isIdentityQuestion(clause: Word[]): boolean {
  if (!IDENTITY.test(clause.map((w) => w.text).join(" "))) return false;
  return !clause.some(
    (w) => w.roles.has("want") || w.roles.has("handoff") || (w.roles.has("reach") && !TALKING_NOW.has(w.text)),
  );
}

function markNegations(clause: Word[]): void {
  let wishTurned = false;
  clause.forEach((word, i) => {
    const before = clause[i - 1];
    if (word.roles.has("want")) {
      wishTurned = clause
        .slice(Math.max(0, i - NEGATION_SPAN), i + NEGATION_SPAN + 1)
        .some((w) => w.roles.has("negation"));
      word.negated = wishTurned;
    } else if (word.roles.has("reach") || word.roles.has("handoff")) {
      const without = clause.slice(Math.max(0, i - 3), i).some((w) => w.roles.has("without"));
      word.negated = wishTurned || without || (before !== undefined && DIRECT_NEGATIONS.has(before.text));
    }
    if (word.roles.has("person") || word.roles.has("someone")) {
      // "no human", "pas un humain", "keinen Menschen", "per person": not someone the customer asks for.
      const previous = before?.roles.has("filler") ? clause[i - 2] : before;
      word.negated =
        (before !== undefined && perWords.has(before.text)) || (previous?.roles.has("negation") ?? false);
    }
  });
}

function askedIn(clause: Word[]): RequestFinding | undefined {
  const live = (i: number, role: Role) => clause[i]!.roles.has(role) && !clause[i]!.negated;
  const found = (strength: RequestFinding["strength"], ...at: number[]): RequestFinding => ({
    kind: "asked",
    strength,
    words: at.sort((a, b) => a - b).map((i) => clause[i]!.text),
  });
  for (let i = 0; i < clause.length; i++) {
    if (live(i, "reach")) {
      for (let j = Math.max(0, i - REACH_SPAN); j <= Math.min(clause.length - 1, i + REACH_SPAN); j++) {
        if (j !== i && (live(j, "person") || live(j, "someone"))) return found("explicit", i, j);
      }
    }
    if (live(i, "want")) {
      for (let j = i + 1; j <= Math.min(clause.length - 1, i + WANT_SPAN); j++) {
        if (live(j, "person")) return found("explicit", i, j);
      }
    }
    if (live(i, "handoff")) {
      for (let j = Math.max(0, i - 2); j <= Math.min(clause.length - 1, i + 2); j++) {
        if (meWords.has(clause[j]!.text)) return found("explicit", i, j);
      }
    }
  }
  // A clause that is only a person and courtesy words: "agent", "human please", "un conseiller svp".
  const persons = clause.flatMap((w, i) => (live(i, "person") ? [i] : []));
  const bare = clause.every((w) => w.roles.has("person") || w.roles.has("filler") || w.roles.has("want"));
  if (bare && persons.length > 0 && !clause.some((w) => w.negated)) return found("bare", ...persons);
  return undefined;
}

function declinedIn(clause: Word[]): RequestFinding | undefined {
  const turned = clause.filter((w) => w.negated);
  const people = clause.filter((w) => w.roles.has("person") || w.roles.has("someone"));
  if (turned.length === 0 || people.length === 0) return undefined;
  return { kind: "declined", strength: "explicit", words: [...turned, ...people].map((w) => w.text) };
}
