// How text becomes index terms, per language: split like MiniSearch does (elisions such as "l'adresse" come
// apart), drop function words, stem with the language's Snowball stemmer, then fold accents so that
// "livraisons reçues" and "livraison recue" meet. No prefix or fuzzy matching: in support, "return" and
// "returnable" may be close, but "refund" and "refunded" are the only kind of closeness we want.
//
// A question is read a little further (questionTerms): its frames ("how long", "combien de temps") are set
// apart as the kind of fact asked for, and each thing it asks about gets the other words that say the same
// in support (support-synonyms.ts).
import MiniSearch from "minisearch";
import { isSupportedLanguage, type Language } from "../guard/text/language.ts";
import { stem } from "../guard/text/stem.ts";
import { rememberEach } from "../guard/text/remember.ts";
import { isStopword } from "../guard/text/stopwords.ts";
import { fold } from "../guard/text/words.ts";
import type { FactKind } from "./fact-kinds.ts";
import { findFrames, requestFraming } from "./question-frames.ts";
import { synonymGroups } from "./support-synonyms.ts";

export const tokenize: (text: string) => string[] = MiniSearch.getDefault("tokenize");

/** One way of saying a thing: index terms that must all appear ("money back" is two). */
export type Wording = readonly string[];
/** One thing a question asks about, in every wording that says it; the customer's own first. */
export type Asked = readonly Wording[];

export interface QuestionTerms {
  asked: Asked[];
  /** Kinds of fact the question asks for, each as the kinds that would answer it ("when": a duration or a schedule). */
  kinds: FactKind[][];
}

// Made once: a regular expression literal is a new object every time it is evaluated, and this one is read for
// the empty word that ends every sentence's tokens, and for every one-letter word.
const DIGIT = /\d/;

/** The index term for a word of an article in `language`, or null when the word carries no topic. */
export function documentTerm(word: string, language: string): string | null {
  const lower = lowerCase(word);
  // One letter is an elision ("l'", "d'") or a stray initial; one digit still counts ("option 2").
  if (lower.length < 2 && !DIGIT.test(lower)) return null;
  if (!isSupportedLanguage(language)) return fold(lower);
  if (isStopword(lower, language) || isStopword(fold(lower), language)) return null;
  return fold(stem(lower, language));
}

/**
 * `toLowerCase` copies even a word already in lower case, and documentTerm reads every word of every passage a
 * draft quotes: a word with no capital and no letter outside ASCII is its own lower case, and is returned as is.
 */
function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code > 127) return word.toLowerCase();
  }
  return word;
}

// Retrieval and the extractive draft each read the same message in the same language: it is read once. Few
// are kept: a message is new each time, and what outlives it is work for the garbage collector.
const QUESTIONS_KEPT = 4;
const questionReaderIn = rememberEach(QUESTIONS_KEPT, readQuestion);

/** What a customer's message asks about, in order, each thing once. Shared by every caller: never mutate it. */
export function questionTerms(text: string, language: string): QuestionTerms {
  return questionReaderIn(language)(text);
}

function readQuestion(text: string, language: string): QuestionTerms {
  // Pushed, not mapped, and lower-cased only where it changes something (see lowerCase).
  const words: string[] = [];
  for (const word of tokenize(text)) words.push(lowerCase(word));
  if (!isSupportedLanguage(language)) {
    return { asked: distinct(words.flatMap((w) => asTerm(documentTerm(w, language)))).map((t) => [[t]]), kinds: [] };
  }
  const { taken, kinds } = findFrames(words, language);
  const terms: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const term = taken[i] ? null : queryTerm(words[i], language);
    if (term !== null) terms.push(term);
  }
  const { startingWith } = vocabulary(language);
  // A thing asked once: by its group (one list shared by all its wordings), else by the word alone.
  const asked = new Map<Wording[] | string, Asked>();
  for (let i = 0; i < terms.length; ) {
    // The longest known wording at this point ("send back" before "send"), else the word alone.
    const known = knownAt(startingWith.get(terms[i]), terms, i);
    const own = known?.wording ?? [terms[i]];
    const id = known?.group ?? terms[i];
    if (!asked.has(id)) asked.set(id, withSynonyms(own, known?.group));
    i += own.length;
  }
  return { asked: [...asked.values()], kinds };
}

/**
 * The first of `candidates` (longest first) whose wording is `terms` from `at` on. Plain loops: this runs for
 * every term of every question, and a closure per term was garbage.
 */
function knownAt(candidates: readonly KnownWording[] | undefined, terms: readonly string[], at: number): KnownWording | undefined {
  if (!candidates) return undefined;
  for (const candidate of candidates) {
    const { wording } = candidate;
    let j = 0;
    while (j < wording.length && terms[at + j] === wording[j]) j++;
    if (j === wording.length) return candidate;
  }
  return undefined;
}

/** The customer's wording first, then the others of its group. Compared term by term: no keys joined to compare. */
function withSynonyms(own: Wording, group: readonly Wording[] | undefined): Wording[] {
  const wordings: Wording[] = [own];
  if (group) for (const wording of group) if (!sameWording(wording, own)) wordings.push(wording);
  return wordings;
}

function sameWording(a: Wording, b: Wording): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Like documentTerm, also dropping the words that only frame a request. */
function queryTerm(word: string, language: Language): string | null {
  const term = documentTerm(word, language);
  return term !== null && framing(language).has(term) ? null : term;
}

const framingSets = new Map<Language, Set<string>>();

function framing(language: Language): Set<string> {
  let set = framingSets.get(language);
  if (!set) {
    set = new Set(requestFraming(language).map((w) => fold(stem(w, language))));
    framingSets.set(language, set);
  }
  return set;
}

/** A wording of a synonym group, with its group. */
interface KnownWording {
  wording: Wording;
  group: Wording[];
}

interface Vocabulary {
  /** The wordings of every group by their first term, longest first. */
  startingWith: Map<string, KnownWording[]>;
}

const vocabularies = new Map<Language, Vocabulary>();

/** The synonym groups of a language as question terms, built once. */
function vocabulary(language: Language): Vocabulary {
  let found = vocabularies.get(language);
  if (!found) {
    const groupOf = new Map<string, Wording[]>();
    for (const entries of synonymGroups(language)) {
      const group = distinctWordings(entries.map((words) => queryWording(words, language)).filter((w) => w.length > 0));
      // A word already in a group keeps its first: groups never merge behind the writer's back.
      for (const wording of group) if (!groupOf.has(key(wording))) groupOf.set(key(wording), group);
    }
    const startingWith = new Map<string, KnownWording[]>();
    const known = [...groupOf].map(([k, group]) => ({ wording: k.split(" "), group })).sort((a, b) => b.wording.length - a.wording.length);
    for (const entry of known) {
      const first = entry.wording[0];
      startingWith.set(first, [...(startingWith.get(first) ?? []), entry]);
    }
    found = { startingWith };
    vocabularies.set(language, found);
  }
  return found;
}

/**
 * A phrase's terms, pushed into a packed array: `flatMap` makes holey ones, and a question's own wordings are
 * packed; code that met only one kind is thrown away and compiled again when the other comes.
 */
function queryWording(words: readonly string[], language: Language): string[] {
  const wording: string[] = [];
  for (const word of words) {
    const term = queryTerm(word, language);
    if (term !== null) wording.push(term);
  }
  return wording;
}

function asTerm(term: string | null): string[] {
  return term === null ? [] : [term];
}

function key(wording: Wording): string {
  return wording.join(" ");
}

function distinct(terms: string[]): string[] {
  return [...new Set(terms)];
}

function distinctWordings(wordings: Wording[]): Wording[] {
  const seen = new Map(wordings.map((w) => [key(w), w]));
  return [...seen.values()];
}
