// The on-page guard: card numbers, IBANs and phone numbers are hidden in a message before it leaves the
// browser (DESIGN.md, "Server authority": a courtesy, the Worker checks again). Each finder runs on the
// text the previous one already masked, so a card number is never also reported as a phone number.
import type { CountryCode } from "libphonenumber-js/min";
import { findCardNumbers } from "./card-numbers.ts";
import { findIbans } from "./ibans.ts";
import { findPhoneNumbers } from "./phone-numbers.ts";
import { hideSpan, type Span } from "./spans.ts";

export type PersonalDataKind = "card" | "iban" | "phone";

export interface MaskedText {
  text: string;
  /** What was hidden, each kind once, in the order above; empty when the text is unchanged. */
  masked: PersonalDataKind[];
}

interface Finder {
  kind: PersonalDataKind;
  find(text: string, region?: CountryCode): Span[];
  /** Characters left visible: enough for the customer to recognise their own number. */
  keepLast: number;
  keepFirst?: number;
}

const finders: Finder[] = [
  { kind: "iban", find: findIbans, keepLast: 4, keepFirst: 2 },
  { kind: "card", find: findCardNumbers, keepLast: 4 },
  { kind: "phone", find: findPhoneNumbers, keepLast: 2 },
];

export function maskPersonalData(text: string, region?: string): MaskedText {
  const masked: PersonalDataKind[] = [];
  for (const finder of finders) {
    const spans = finder.find(text, region as CountryCode | undefined);
    if (spans.length === 0) continue;
    masked.push(finder.kind);
    for (const span of spans) text = hideSpan(text, span, finder.keepLast, finder.keepFirst);
  }
  return { text, masked };
}
