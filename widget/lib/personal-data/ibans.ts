// IBANs as people type them: a country code, two check digits and the account, in one block or in
// groups of four, upper or lower case. A candidate counts only with exactly its country's length and a
// valid checksum (ibantools), so a product code that merely starts with two letters and digits is kept.
import { getCountrySpecifications, isValidIBAN } from "ibantools";
import { endsAlone, startsAlone, type Span } from "./spans.ts";

const START = /[a-z]{2}\d{2}/giy;
const specs = getCountrySpecifications();

export function findIbans(text: string): Span[] {
  const found: Span[] = [];
  for (let at = 0; at < text.length; at++) {
    START.lastIndex = at;
    if (!START.test(text) || !startsAlone(text, at)) continue;
    const end = ibanEnd(text, at);
    if (end === undefined) continue;
    found.push({ start: at, end });
    at = end - 1;
  }
  return found;
}

/** Where the IBAN starting at `start` ends, reading its country's number of characters across single spaces. */
function ibanEnd(text: string, start: number): number | undefined {
  const country = text.slice(start, start + 2).toUpperCase();
  const length = specs[country]?.chars;
  if (!length) return undefined;
  let electronic = "";
  let at = start;
  while (electronic.length < length && at < text.length) {
    const char = text[at];
    if (/[a-z0-9]/i.test(char)) electronic += char.toUpperCase();
    else if (!(char === " " || char === "\u00a0") || !/[a-z0-9]/i.test(text[at + 1] ?? "")) return undefined;
    at++;
  }
  return electronic.length === length && endsAlone(text, at) && isValidIBAN(electronic) ? at : undefined;
}
