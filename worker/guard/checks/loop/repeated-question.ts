// The customer asks again what the bot already answered: the answer did not help.
import { termWeight } from "../../similarity/term-weight.ts";
import { tokenize, type Token } from "../../similarity/tokens.ts";
import type { Language } from "../../text/language.ts";
import type { Turn } from "../../types.ts";

// "ok", "yes", "thanks" repeat without meaning anything: a question needs two content words besides them.
const MIN_CONTENT_TERMS = 2;
const COURTESY = new Set(
  `ok okay yes yeah no hi hello hey thanks thank please sorry oui non bonjour salut merci svp pardon ja nein hallo
danke bitte si hola gracias vale perdon`.split(/\s+/),
);

export interface RepeatedQuestion {
  /** 0..1: how much of the shorter of the two questions the other one contains. */
  similarity: number;
  earlier: string;
}

/** The earlier customer turn, already answered by the bot, most like the message; undefined if none. */
export function findRepeatedQuestion(
  message: string,
  history: readonly Turn[],
  language: Language,
): RepeatedQuestion | undefined {
  const now = contentOf(message, language);
  if (now.length < MIN_CONTENT_TERMS) return undefined;
  let best: RepeatedQuestion | undefined;
  for (let i = 0; i < history.length; i++) {
    const turn = history[i]!;
    if (turn.role !== "customer" || !answeredAfter(history, i)) continue;
    const before = contentOf(turn.text, language);
    if (before.length < MIN_CONTENT_TERMS) continue;
    const similarity = containment(now, before);
    if (similarity > (best?.similarity ?? 0)) best = { similarity, earlier: turn.text };
  }
  return best;
}

// Loops and named functions, not slices and arrows: a copy of the rest of the history for every turn, and a
// closure for every call, were garbage.
function answeredAfter(history: readonly Turn[], at: number): boolean {
  for (let i = at + 1; i < history.length; i++) if (history[i]!.role === "bot") return true;
  return false;
}

function contentOf(text: string, language: Language): Token[] {
  return tokenize(text, language).filter(isQuestionContent);
}

function isQuestionContent(token: Token): boolean {
  return token.content && !COURTESY.has(token.word);
}

/**
 * Weighted share of the shorter text's terms found in the longer one: "where is my order" asked
 * again inside "I asked an hour ago, where is my order?" is the same question.
 */
function containment(a: readonly Token[], b: readonly Token[]): number {
  const weightA = weight(a);
  const weightB = weight(b);
  const aIsShort = weightA <= weightB;
  const short = aIsShort ? a : b;
  const inLong = new Set<string>();
  for (const token of aIsShort ? b : a) inLong.add(token.term);
  let shared = 0;
  for (const token of short) if (inLong.has(token.term)) shared += termWeight(token);
  const total = aIsShort ? weightA : weightB;
  return total === 0 ? 0 : shared / total;
}

function weight(tokens: readonly Token[]): number {
  let sum = 0;
  for (const token of tokens) sum += termWeight(token);
  return sum;
}
