// The exact facts of a text that a reply must never change: amounts, percentages, durations, dates, times,
// phone numbers, emails, links and bare numbers, each with a normalised key so that "30 days" meets
// "30-day" and "€19.99" meets "19,99 €".
import { MONTH_NAMES, monthNumber } from "../../text/months.ts";
import { canonicalNumber } from "../../similarity/tokens.ts";
import { fold } from "../../text/words.ts";

export type EntityKind = "email" | "url" | "phone" | "amount" | "percent" | "duration" | "date" | "time" | "number";

export interface Entity {
  kind: EntityKind;
  /** Normalised identity: two entities with the same key state the same fact. */
  key: string;
  /** The number it carries, when it has one ("30 days" → 30), to compare with bare numbers. */
  value?: number;
  /** As written, for the reason shown to an agent. */
  text: string;
}

const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
const CURRENCY_BEFORE = String.raw`(?:€|\$|£|¥|(?:eur|usd|gbp|chf|cad|aud)\s?)`;
const CURRENCY_AFTER = String.raw`(?:\s?(?:€|\$|£|eur|euros?|usd|dollars?|d[oó]lares|gbp|pounds?|livres?|chf|francs?|franken))`;
const UNITS: Record<string, string> = {
  minute: "minute|minutes|min|mins|minuten|minuto|minutos",
  hour: "hour|hours|hrs?|heure|heures|stunde|stunden|hora|horas",
  day: "day|days|jour|jours|tag|tage|tagen|werktag|werktage|werktagen|dia|dias|día|días",
  week: "week|weeks|semaine|semaines|woche|wochen|semana|semanas",
  month: "month|months|mois|monat|monate|monaten|mes|meses",
  year: "year|years|an|ans|annee|annees|année|années|jahr|jahre|jahren|ano|anos|año|años",
};
const UNIT_OF = new Map<string, string>();
for (const [unit, forms] of Object.entries(UNITS)) for (const form of forms.split("|")) UNIT_OF.set(fold(form), unit);
const ALL_UNITS = Object.values(UNITS).join("|");
const QUALIFIER = String.raw`(?:(?:business|working|calendar|ouvr[ée]s|ouvrables|calendaires|h[aá]biles|naturales|laborables)[\s-]+)?`;
const MONTH_WORD = String.raw`(?:${MONTH_NAMES.join("|")})\.?`;
// \b only knows ASCII letters; these also stop at "é" or "ß".
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;

// One alternation, tried left to right at each position, so the most specific reading of a piece wins
// ("€19.99" is an amount, not a number; "5 October" a date, not a duration).
const READINGS = {
  email: String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}`,
  url: String.raw`(?:https?:\/\/|www\.)[^\s<>"')\]]+`,
  phone: String.raw`\+\d[\d\s().-]{6,}\d|${START}0\d(?:[\s.-]?\d{2}){4}${END}`,
  amount: String.raw`${CURRENCY_BEFORE}\s?${NUMBER}|${NUMBER}${CURRENCY_AFTER}${END}`,
  percent: String.raw`${NUMBER}\s?(?:%|percent|per cent|pour cent|prozent|por ciento)(?!\p{L})`,
  isodate: String.raw`${START}(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})${END}`,
  time: String.raw`${START}\d{1,2}(?::\d{2}\s?(?:am|pm)?|\s?(?:am|pm)|h\d{2}|h(?!\p{L}))`,
  dayMonth: String.raw`${START}\d{1,2}(?:er|st|nd|rd|th)?\.?\s(?:de\s)?${MONTH_WORD}(?!\p{L})`,
  monthDay: String.raw`${START}${MONTH_WORD}\s\d{1,2}(?:st|nd|rd|th)?${END}`,
  duration: String.raw`${START}${NUMBER}[\s-]${QUALIFIER}(?:${ALL_UNITS})(?!\p{L})`,
  number: String.raw`${START}${NUMBER}${END}`,
};
type Reading = keyof typeof READINGS;
// Each reading is one numbered group, in this order. Not named groups: a match of a pattern with named groups
// also gets an object of all eleven, most of a match's ~0.7 KB.
const READING_OF_GROUP = Object.keys(READINGS) as Reading[];
const PATTERN = new RegExp(
  READING_OF_GROUP.map((reading) => `(${READINGS[reading]})`).join("|"),
  // Sticky: tried at chosen positions only (see entities()).
  "iuy",
);
// A capturing group inside a reading would shift the numbers of every reading after it: fail at load, not
// silently read an amount as a percent.
if (new RegExp(`${PATTERN.source}|`, "u").exec("")!.length !== READING_OF_GROUP.length + 1) {
  throw new Error("entities.ts: a reading holds a capturing group; write it as (?:...)");
}

// Every entity holds a digit, an "@" or a link marker. The full pattern is slow to try at every position
// of a long text, so it only reads windows around those anchors: a word before ("October 5", "EUR 5")
// and two after ("5 business days").
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

export function entities(text: string): Entity[] {
  const out: Entity[] = [];
  for (const [start, end] of windows(text)) {
    let at = start;
    while (at < end) {
      // Every pattern starts a word (or at a currency sign), never inside one.
      if (at > start && WORD_CHAR.test(text[at - 1]!)) {
        at++;
        continue;
      }
      PATTERN.lastIndex = at;
      const match = PATTERN.exec(text);
      if (!match) {
        at++;
        continue;
      }
      const entity = read(match);
      if (entity) out.push(entity);
      at += Math.max(1, match[0].length);
    }
  }
  return out;
}

function windows(text: string): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  // Every knowledge passage is scanned: anchors are found char by char, which allocates nothing.
  for (let at = 0; at < text.length; ) {
    const length = anchorAt(text, at);
    if (length === 0) {
      at++;
      continue;
    }
    const start = skipWords(text, at, -1, 1);
    const end = skipWords(text, at, 1, 2);
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
    at += length;
  }
  return merged;
}

/** The length of the anchor at `at`: a run of digits, "@", "www." or "://"; 0 for none. */
function anchorAt(text: string, at: number): number {
  if (isDigit(text.charCodeAt(at))) {
    let end = at + 1;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    return end - at;
  }
  if (text[at] === "@") return 1;
  if (text.startsWith("www.", at)) return 4;
  if (text.startsWith("://", at)) return 3;
  return 0;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The position `words` whitespace-separated words away from `at`, going back (-1) or forward (1). */
function skipWords(text: string, at: number, direction: -1 | 1, words: number): number {
  // Going back, the character before a position is the one to cross; going forward, the one at it.
  const offset = direction < 0 ? -1 : 0;
  const limit = direction < 0 ? 0 : text.length;
  let i = at;
  for (let crossed = -1; crossed < words && i !== limit; ) {
    // Leave the current word, then cross the spaces to the next one; the first word is the anchor's own.
    while (i !== limit && !SPACE.test(text[i + offset]!)) i += direction;
    crossed++;
    if (crossed === words) break;
    while (i !== limit && SPACE.test(text[i + offset]!)) i += direction;
  }
  return i;
}

function read(match: RegExpExecArray): Entity | undefined {
  let group = 1;
  while (group < match.length && !match[group]) group++;
  const piece = match[group]!;
  const text = match[0].trim();
  switch (READING_OF_GROUP[group - 1]) {
    case "email":
      return { kind: "email", key: `email:${piece.toLowerCase()}`, text };
    case "url": {
      const url = piece.replace(/[.,;:!?]+$/, "");
      return { kind: "url", key: `url:${normaliseUrl(url)}`, text: url };
    }
    case "phone":
      return { kind: "phone", key: `phone:${piece.replace(/\D/g, "").replace(/^0+/, "")}`, text };
    case "amount": {
      const value = numberIn(piece);
      return { kind: "amount", key: `amount:${value}:${currencyOf(piece)}`, value, text };
    }
    case "percent": {
      const value = numberIn(piece);
      return { kind: "percent", key: `percent:${value}`, value, text };
    }
    case "isodate": {
      const parts = piece.split(/[-/.]/).map(Number);
      return { kind: "date", key: `date:${parts.join("-")}`, text };
    }
    case "time":
      return { kind: "time", key: `time:${clock(piece)}`, text };
    case "dayMonth":
    case "monthDay": {
      const words = piece.toLowerCase().match(/\p{L}+|\d+/gu) ?? [];
      const month = words.map((w) => monthNumber(w)).find((m) => m !== undefined);
      const day = words.find((w) => /^\d+$/.test(w));
      return { kind: "date", key: `date:${month}-${Number(day)}`, text };
    }
    case "duration":
      return readDuration(piece);
    case "number":
      return readNumber(piece);
    default:
      return undefined;
  }
}

function readDuration(text: string): Entity | undefined {
  const unitWord = fold(text.toLowerCase()).match(/\p{L}+$/u)?.[0];
  const unit = unitWord ? UNIT_OF.get(unitWord) : undefined;
  if (!unit) return undefined;
  const value = numberIn(text);
  return { kind: "duration", key: `duration:${value}:${unit}`, value, text };
}

function readNumber(text: string): Entity {
  const value = numberIn(text);
  return { kind: "number", key: `number:${value}`, value, text };
}

/** The number in a piece of text ("€1,000.50" → 1000.5). */
function numberIn(text: string): number {
  return Number(canonicalNumber(text.match(/\d+(?:[.,]\d+)*/)?.[0] ?? "0"));
}

function currencyOf(text: string): string {
  const t = text.toLowerCase();
  if (/€|eur/.test(t)) return "EUR";
  if (/£|gbp|pound|livre/.test(t)) return "GBP";
  if (/chf|franc/.test(t)) return "CHF";
  if (/¥/.test(t)) return "JPY";
  return "USD";
}

function clock(text: string): string {
  const t = text.toLowerCase().replace(/\s/g, "");
  const [hours, minutes] = [Number(t.match(/^\d+/)![0]), Number(t.match(/[:h](\d{2})/)?.[1] ?? 0)];
  const pm = t.endsWith("pm") && hours < 12 ? 12 : 0;
  const midnight = t.endsWith("am") && hours === 12 ? -12 : 0;
  return `${hours + pm + midnight}:${String(minutes).padStart(2, "0")}`;
}

function normaliseUrl(url: string): string {
  const bare = url.toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "");
  return bare.replace(/[/#?]+$/, "");
}
