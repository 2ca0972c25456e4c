// What the personal-data finders share: where a finding is in the text, how it is hidden, and the
// boundary rule that keeps reference numbers ("#100234", "NW-2024-001234") out of their reach.

export interface Span {
  start: number;
  end: number;
}

/** One character per hidden character, so every other finding keeps its position in the text. */
export const HIDDEN = "•";

/**
 * Hides the letters and digits of `text[span]` except the last `keep` of them, and the first `keepFirst`
 * (an IBAN's country). Spaces and dashes stay, so the customer still recognises the shape they typed.
 */
export function hideSpan(text: string, span: Span, keep: number, keepFirst = 0): string {
  const part = text.slice(span.start, span.end);
  const total = part.replace(/[^\p{L}\p{N}]/gu, "").length;
  let seen = 0;
  const hidden = part.replace(/[\p{L}\p{N}]/gu, (char) => (seen++ < keepFirst || seen > total - keep ? char : HIDDEN));
  return text.slice(0, span.start) + hidden + text.slice(span.end);
}

const WORD = /[\p{L}\p{N}_]/u;
const REFERENCE_MARK = /[#№]/u;

/**
 * Whether a number starting at `start` is free-standing. A number glued to a word, or written after "#"
 * or after a code and a dash ("NW-", "INV/"), is a reference the customer means us to read.
 */
export function startsAlone(text: string, start: number): boolean {
  const before = text[start - 1] ?? "";
  if (WORD.test(before) || REFERENCE_MARK.test(before)) return false;
  if ("-/.".includes(before) && before !== "") return !WORD.test(text[start - 2] ?? "") && !REFERENCE_MARK.test(text[start - 2] ?? "");
  return true;
}

/** Whether nothing word-like follows directly at `end`: "4242…4242x" is part of a longer code. */
export function endsAlone(text: string, end: number): boolean {
  return !WORD.test(text[end] ?? "");
}
