// Phone numbers, found by libphonenumber-js (its small "min" metadata) with the visitor's country as the
// region for numbers written without a country code. With only lengths to go on, the library also takes
// "123456789" for a French number; a number is kept as a phone number only when it is written like one:
// in international form (+33…, 0033…), with a trunk prefix (06…, 030…), or in groups ((555) 123-4567).
// A bare block of digits without a leading 0 is far more often an order or customer number.
import { findPhoneNumbersInText, type CountryCode } from "libphonenumber-js/min";
import { startsAlone, type Span } from "./spans.ts";

const WRITTEN_AS_PHONE = /^(?:\+|00|\(?0)|\d[\s.\-)]+\(?\d/;

export function findPhoneNumbers(text: string, region?: CountryCode): Span[] {
  return findPhoneNumbersInText(text, region ? { defaultCountry: region } : undefined)
    .filter((found) => startsAlone(text, found.startsAt) && WRITTEN_AS_PHONE.test(text.slice(found.startsAt, found.endsAt)))
    .map((found) => ({ start: found.startsAt, end: found.endsAt }));
}
