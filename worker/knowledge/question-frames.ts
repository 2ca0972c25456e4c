// How a question is asked, apart from what it is about. "How long do I have to return an item?" is about
// returns: "how long" says the answer is a duration, and the word "long" must not send the question to an article
// titled "How long does delivery take?". Frames are removed from the words searched and kept as the kind of
// fact asked for (fact-kinds.ts). Greetings and politeness frame a request too, with no kind.
import type { Language } from "../guard/text/language.ts";
import type { FactKind } from "./fact-kinds.ts";
import { fold } from "../guard/text/words.ts";

/**
 * Phrases as customers type them, lower case, accents optional, by the kinds of fact that answer them ("when"
 * is answered by a duration or a schedule). Where two overlap, the longer wins: "combien de temps" is a
 * duration, "combien" alone an amount.
 */
const FRAMES: Record<Language, Record<string, string>> = {
  en: {
    duration: "how long, how many days, how many weeks, how many hours, how much time, how soon, how quickly, how fast",
    "duration schedule": "when, until when, by when",
    schedule: "what time, what day, what days, which days",
    amount: "how much, how expensive, what price, what amount, which amount, a certain amount, minimum amount",
  },
  fr: {
    duration: "combien de temps, combien de jours, combien de semaines, combien d heures, en combien de temps, sous combien de temps",
    "duration schedule": "quand, jusqu à quand",
    schedule: "à quelle heure, quels jours, quel jour",
    amount: "combien, à partir de combien, quel prix, quel montant, à partir de quel montant, un certain montant, montant minimum",
  },
  de: {
    duration: "wie lange, wie viele tage, wie viele wochen, wie schnell",
    "duration schedule": "wann, bis wann",
    schedule: "um wie viel uhr, an welchen tagen",
    amount: "wie viel, wieviel, wie teuer, welcher preis",
  },
  es: {
    duration: "cuánto tiempo, cuántos días, cuántas semanas",
    "duration schedule": "cuándo, hasta cuándo",
    schedule: "a qué hora, qué días",
    amount: "cuánto, cuánta, cuántos, qué precio",
  },
};

/**
 * Words that name a kind of fact and a topic at once: "opening hours" asks for a schedule, "price" for an
 * amount, and both stay words to search. Not "cost" or "fee": "do you refund the shipping costs?" asks yes or no.
 */
const KIND_WORDS: Record<Language, Record<FactKind, string>> = {
  en: { duration: "delay, delays, deadline, duration, timeframe", schedule: "hours", amount: "price, prices, amount" },
  fr: { duration: "délai, délais, durée", schedule: "horaires", amount: "prix, tarif, tarifs, montant" },
  de: { duration: "frist, dauer, lieferzeit", schedule: "öffnungszeiten", amount: "preis, preise, betrag" },
  es: { duration: "plazo, duración", schedule: "horario, horarios", amount: "precio, precios, importe" },
};

/**
 * Words that frame a request rather than name its topic ("hi, I was wondering, could you still help me find…"),
 * and the vague words and negations the stopword lists leave in ("something", "never"). They are left out of
 * questions only: an article may well be about help, but a question's greeting says nothing of it. Kept out:
 * words that are also topics in support, such as "días" or "Tag" (both "day").
 */
const REQUEST_FRAMING: Record<Language, string> = {
  en: "hi hello hey dear thanks thank please wondering wonder question know tell need want help like ok okay good morning afternoon evening regards sir madam possible able still normal anyway actually really find something anything someone anyone thing things stuff never say says said take takes",
  fr: "bonjour bonsoir salut merci svp plaît plait voudrais veux aimerais souhaite souhaiterais savoir besoin aide aider question madame monsieur pouvez pourriez peux peut pouvoir dois doit faut possible toujours normal encore vraiment trouver chose quelque quelqu jamais rien",
  de: "hallo guten danke bitte möchte möchten würde gerne wissen frage hilfe helfen brauche können könnten kann muss möglich noch normal finden etwas nie niemals",
  es: "hola buenos buenas gracias favor quiero quisiera saber necesito ayuda ayudar pregunta puede podría puedo posible todavía normal encontrar algo nunca",
};

export interface Framing {
  /** Per word of the question, whether a frame took it. */
  taken: boolean[];
  /** The kinds of fact the question asks for, each as the kinds that would answer it. */
  kinds: FactKind[][];
}

type Phrase = { words: string[]; kinds: FactKind[] };
const phrases = new Map<Language, Phrase[]>();

/** Finds the frames among a question's words (lower case, as tokenized). */
export function findFrames(words: readonly string[], language: Language): Framing {
  const folded = words.map(fold);
  const taken = folded.map(() => false);
  const kinds = new Map<string, FactKind[]>();
  const list = framePhrases(language);
  for (let i = 0; i < folded.length; i++) {
    const phrase = phraseAt(list, folded, i);
    if (!phrase) continue;
    kinds.set(phrase.kinds.join(" "), phrase.kinds);
    for (let j = 0; j < phrase.words.length; j++) taken[i + j] = true;
    i += phrase.words.length - 1;
  }
  for (let i = 0; i < folded.length; i++) {
    const kind = taken[i] ? undefined : kindWords(language).get(folded[i]!);
    if (kind) kinds.set(kind, [kind]);
  }
  return { taken, kinds: [...kinds.values()] };
}

/**
 * The first of `list` whose words are those of `words` from `at` on. Plain loops: this runs for every word of
 * every question against every frame, and a closure per word and per frame was most of a search's garbage.
 */
function phraseAt(list: readonly Phrase[], words: readonly string[], at: number): Phrase | undefined {
  for (const phrase of list) {
    let j = 0;
    while (j < phrase.words.length && words[at + j] === phrase.words[j]) j++;
    if (j === phrase.words.length) return phrase;
  }
  return undefined;
}

/** The request-framing words of a language, as written (callers bring them to their own form). */
export function requestFraming(language: Language): string[] {
  return REQUEST_FRAMING[language].split(" ");
}

const kindWordMaps = new Map<Language, Map<string, FactKind>>();

function kindWords(language: Language): Map<string, FactKind> {
  let map = kindWordMaps.get(language);
  if (!map) {
    map = new Map(Object.entries(KIND_WORDS[language]).flatMap(([kind, text]) => text.split(",").map((w) => [fold(w.trim()), kind as FactKind] as const)));
    kindWordMaps.set(language, map);
  }
  return map;
}

/** The frames of a language, longest first, so that the first one to match is the longest. */
function framePhrases(language: Language): Phrase[] {
  let list = phrases.get(language);
  if (!list) {
    list = Object.entries(FRAMES[language])
      .flatMap(([kinds, text]) => text.split(",").map((p) => ({ words: fold(p.trim()).split(/\s+/), kinds: kinds.split(" ") as FactKind[] })))
      .sort((a, b) => b.words.length - a.words.length);
    phrases.set(language, list);
  }
  return list;
}
