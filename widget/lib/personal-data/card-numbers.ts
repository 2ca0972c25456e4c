// Payment card numbers as people type them: 13 to 19 digits, in one block or in groups separated by a
// single space or dash, starting with a digit a card network uses (2 to 6) and passing the Luhn check.
// The prefix and the checksum together let through nine in ten random numbers of card length, and every
// shorter one: order numbers, amounts and dates are left alone.
import { endsAlone, startsAlone, type Span } from "./spans.ts";

/** A block of digits with single spaces or dashes between them; found whole, so never from its middle. */
const DIGIT_RUN = /\d(?:[ \u00a0-]?\d)*/g;
const NETWORK_FIRST_DIGITS = "23456";

export function findCardNumbers(text: string): Span[] {
  const found: Span[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    const start = run.index;
    const end = start + run[0].length;
    if (!startsAlone(text, start) || !endsAlone(text, end)) continue;
    found.push(...cardsInRun(run[0], start));
  }
  return found;
}

/**
 * A run may hold more than the card ("4242 4242 4242 4242 12 25", an expiry typed after it): from the
 * left, take the longest consecutive groups that make a card number, then go on after them.
 */
function cardsInRun(run: string, offset: number): Span[] {
  const groups = [...run.matchAll(/\d+/g)].map((group) => ({ start: group.index, end: group.index + group[0].length, digits: group[0] }));
  const cards: Span[] = [];
  let first = 0;
  while (first < groups.length) {
    let digits = "";
    let taken = -1;
    for (let last = first; last < groups.length && digits.length + groups[last].digits.length <= 19; last++) {
      digits += groups[last].digits;
      if (isCardNumber(digits)) taken = last;
    }
    if (taken < 0) {
      first++;
      continue;
    }
    cards.push({ start: offset + groups[first].start, end: offset + groups[taken].end });
    first = taken + 1;
  }
  return cards;
}

export function isCardNumber(digits: string): boolean {
  return digits.length >= 13 && digits.length <= 19 && NETWORK_FIRST_DIGITS.includes(digits[0]) && passesLuhn(digits);
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}
