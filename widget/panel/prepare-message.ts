// What happens between the visitor pressing Send and the message entering the outbox: personal data is
// masked (the guard is awaited only when there are digits to look at), then the site's optional
// on-page model may ask the visitor to confirm. A guard that cannot be fetched stops the send instead:
// an unchecked message must not leave the page.
import type { OnPageCheck } from "../lib/on-page-check.ts";
import type { MaskedText, PersonalDataKind } from "../lib/personal-data/mask-personal-data.ts";
import type { MaskPersonalData } from "./load-guard.ts";

export type PreparedMessage =
  | { status: "ready"; text: string; masked: PersonalDataKind[] }
  | { status: "confirm"; text: string; masked: PersonalDataKind[]; reason?: string }
  | { status: "unchecked" };

export interface MessageChecks {
  loadGuard: () => Promise<MaskPersonalData>;
  region?: string;
  onPage?: OnPageCheck;
}

/** Every card number, IBAN and phone number has digits; a message without any has nothing to mask. */
const HAS_DIGITS = /\p{Nd}/u;

export async function prepareMessage(text: string, checks: MessageChecks): Promise<PreparedMessage> {
  let result: MaskedText = { text, masked: [] };
  if (HAS_DIGITS.test(text)) {
    try {
      result = (await checks.loadGuard())(text, checks.region);
    } catch {
      return { status: "unchecked" };
    }
  }
  const verdict = await checks.onPage?.check(result.text);
  if (verdict?.flagged) return { status: "confirm", ...result, reason: verdict.reason };
  return { status: "ready", ...result };
}
