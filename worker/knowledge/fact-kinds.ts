// The kinds of fact a question asks for and a passage states. "How long…", "combien de temps…" want a duration;
// "what time…", "opening hours" a schedule (an hour, a weekday); "how much…", "combien…" an amount. A passage
// stating a fact of the asked kind is more likely to hold the answer, so each passage is indexed with the kinds
// it states, as terms of their own: the question's kind then weighs in retrieval like one more (common, so
// light) word.

export type FactKind = "duration" | "schedule" | "amount";

const NUMBER = String.raw`\d+(?:[.,]\d+)*(?:\s?[-–]\s?\d+|\s(?:to|à|a|bis|y)\s\d+)?`;
const UNIT = [
  "minutes?|hours?|days?|weeks?|months?|years?",
  "heures?|jours?|semaines?|mois|ans|années?",
  "stunden?|tage?n?|werktage?n?|wochen?|monate?n?|jahre?n?",
  "horas?|días?|dias?|semanas?|mes|meses|años?|anos?",
].join("|");
const QUALIFIER = String.raw`(?:(?:business|working|calendar|ouvrés|ouvrables|calendaires|hábiles|laborables)\s)?`;
const WEEKDAY = [
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekends?",
  "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-end",
  "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende",
  "lunes|martes|miércoles|jueves|viernes|sábado|domingo|fin de semana",
].join("|");

// \b only knows ASCII letters; these also stop at "é" or "ß".
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;

const PATTERNS: Record<FactKind, RegExp> = {
  duration: new RegExp(String.raw`${START}${NUMBER}[\s-]${QUALIFIER}(?:${UNIT})${END}`, "iu"),
  schedule: new RegExp([String.raw`${START}\d{1,2}(?::\d{2}|\s?h\s?\d{2}|\s?(?:am|pm))${END}`, String.raw`${START}(?:${WEEKDAY})${END}`].join("|"), "iu"),
  amount: new RegExp(
    [String.raw`(?:€|\$|£|¥|${START}(?:eur|usd|gbp|chf)\s)\s?\d`, String.raw`${START}\d+(?:[.,]\d+)*\s?(?:€|\$|£|eur|euros?|usd|gbp|chf|dollars?|pounds?|%)(?!\p{L})`].join("|"),
    "iu",
  ),
};

const FACT_KINDS = Object.keys(PATTERNS) as FactKind[];

/** The kinds of fact a text states. */
export function factKinds(text: string): FactKind[] {
  return FACT_KINDS.filter((kind) => PATTERNS[kind].test(text));
}

export function statesKind(text: string, kind: FactKind): boolean {
  return PATTERNS[kind].test(text);
}

/**
 * The index term standing for a kind. Words are split on punctuation before they become terms, so no word of
 * an article or a question can ever become this.
 */
export function kindTerm(kind: FactKind): string {
  return `#${kind}`;
}
