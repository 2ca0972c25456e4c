// Personal data a reply must not carry unless the site published it in its knowledge (its own support
// address or phone line): email addresses, phone numbers, payment card numbers and IBANs.
import { electronicFormatIBAN, isValidIBAN } from "ibantools";
import { findPhoneNumbersInText, type CountryCode } from "libphonenumber-js/min";

export interface PersonalData {
  kind: "email" | "phone" | "card" | "iban";
  text: string;
  /** Comparable form: the same data written differently has the same key. */
  key: string;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// 13 to 19 digits, optionally grouped by spaces or dashes, as card numbers are written.
const CARD = /(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)/g;
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b/g;

// National numbers ("06 12 34 56 78") need a country to be read: the main countries of the supported
// languages are tried in turn. Numbers written with "+" read the same whatever the country.
const COUNTRIES: readonly CountryCode[] = ["US", "GB", "FR", "DE", "ES"];
const SEVEN_DIGITS = /(?:\d\D{0,3}){7}/;

export function findPersonalData(text: string): PersonalData[] {
  const found: PersonalData[] = [];
  for (const [email] of text.matchAll(EMAIL)) found.push({ kind: "email", text: email, key: `email:${email.toLowerCase()}` });
  for (const [iban] of text.matchAll(IBAN)) {
    const compact = electronicFormatIBAN(iban) ?? "";
    if (isValidIBAN(compact)) found.push({ kind: "iban", text: iban, key: `iban:${compact}` });
  }
  const cards: Array<[number, number]> = [];
  for (const match of text.matchAll(CARD)) {
    const digits = match[0].replace(/\D/g, "");
    if (!passesLuhn(digits)) continue;
    found.push({ kind: "card", text: match[0], key: `card:${digits}` });
    cards.push([match.index, match.index + match[0].length]);
  }
  // The phone parser is the costly part; a text with fewer than seven digits holds no phone number.
  if (!SEVEN_DIGITS.test(text)) return found;
  const phoneAt = new Set<number>();
  for (const defaultCountry of COUNTRIES) {
    for (const match of findPhoneNumbersInText(text, { defaultCountry })) {
      const written = text.slice(match.startsAt, match.endsAt);
      // An unbroken run of digits is an order or tracking number far more often than a phone number in a
      // support reply; and digits of a card number are reported once, as a card.
      if (/^\d+$/.test(written) || phoneAt.has(match.startsAt)) continue;
      if (cards.some(([start, end]) => match.startsAt < end && match.endsAt > start)) continue;
      phoneAt.add(match.startsAt);
      found.push({ kind: "phone", text: written, key: `phone:${match.number.number}` });
    }
  }
  return found;
}

/** The check digit of payment card numbers: random digit runs pass one time in ten. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}
