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
import { remember } from "../guard/text/remember.ts";
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
const questionReaders = new Map<string, (text: string) => QuestionTerms>();

/** What a customer's message asks about, in order, each thing once. Shared by every caller: never mutate it. */
export function questionTerms(text: string, language: string): QuestionTerms {
  let read = questionReaders.get(language);
  if (!read) {
    read = remember(QUESTIONS_KEPT, (question) => readQuestion(question, language));
    questionReaders.set(language, read);
  }
  return read(text);
}

function readQuestion(text: string, language: string): QuestionTerms {
  const words = tokenize(text).map((w) => w.toLowerCase());
  if (!isSupportedLanguage(language)) {
    return { asked: distinct(words.flatMap((w) => asTerm(documentTerm(w, language)))).map((t) => [[t]]), kinds: [] };
  }
  const { taken, kinds } = findFrames(words, language);
  const terms = words.flatMap((w, i) => (taken[i] ? [] : asTerm(queryTerm(w, language))));
  const { startingWith, groupOf } = vocabulary(language);
  const asked = new Map<string, Asked>();
  for (let i = 0; i < terms.length; ) {
    // The longest known wording at this point ("send back" before "send"), else the word alone.
    const known = startingWith.get(terms[i])?.find((w) => w.every((t, j) => terms[i + j] === t));
    const own = known ?? [terms[i]];
    i += own.length;
    const group = known ? groupOf.get(key(known))! : undefined;
    const id = group ? `group:${group.map(key).join("|")}` : key(own);
    if (!asked.has(id)) asked.set(id, [own, ...(group ?? []).filter((w) => key(w) !== key(own))]);
  }
  return { asked: [...asked.values()], kinds };
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

interface Vocabulary {
  /** The wordings of every group by their first term, longest first. */
  startingWith: Map<string, Wording[]>;
  /** The group of a wording, by its key. */
  groupOf: Map<string, Wording[]>;
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
    const startingWith = new Map<string, Wording[]>();
    for (const wording of [...groupOf.keys()].map((k) => k.split(" ")).sort((a, b) => b.length - a.length)) {
      startingWith.set(wording[0], [...(startingWith.get(wording[0]) ?? []), wording]);
    }
    found = { startingWith, groupOf };
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
