// output_policy: what the draft must never contain, whatever the knowledge: the site's forbidden phrases,
// links outside its allowed domains, personal data, promises or advice a bot may not give, and instructions
// aimed at an AI model (poisoned knowledge quoted back to a customer).
import { cueForm } from "../text/cues.ts";
import { remember } from "../text/remember.ts";
import { collapseWhitespace, fold } from "../text/words.ts";
import type { Checkpoint } from "../types.ts";
import { instructionsIn } from "./injection/detect.ts";
import { findLinks, isAllowedHost } from "./output-policy/links.ts";
import { findPersonalData } from "./output-policy/personal-data.ts";
import { promisesIn } from "./output-policy/promises.ts";

export const outputPolicy: Checkpoint = {
  id: "output_policy",
  stage: "post",
  defaultThreshold: 0.5,
  blocksWhen: "above",
  evaluate(input, threshold) {
    const draft = input.draft ?? "";
    const { forbiddenPhrases, allowedLinkDomains } = input.policy.output;
    const problems: string[] = [];
    // The draft lower-cased and folded once: phrases, promises and instructions are all read in that form.
    const folded = fold(draft.toLowerCase());
    const flat = collapseWhitespace(folded);

    const said = forbiddenPhrases.length > 0 ? spaced(flat) : "";
    for (const phrase of forbiddenPhrases) {
      if (containsPhrase(said, normalise(phrase))) problems.push(`uses the forbidden phrase "${phrase}"`);
    }

    for (const link of findLinks(draft)) {
      if (!isAllowedHost(link.host, allowedLinkDomains)) {
        problems.push(allowedLinkDomains.length === 0 ? `contains a link (${link.text}) and the site allows none` : `links to ${link.host}, outside the allowed domains`);
      }
    }

    // The site's own published contacts (in its knowledge) may be given; anything else is someone's data.
    // The knowledge is read for them only when the draft holds some.
    const personal = findPersonalData(draft);
    const published: ReadonlySet<string> = personal.length > 0 ? new Set(input.knowledge.flatMap((p) => publishedData(p.text))) : NOTHING_PUBLISHED;
    for (const data of personal) {
      if (!published.has(data.key)) problems.push(`contains ${describe(data.kind)} (${mask(data.text)})`);
    }

    const promises = promisesIn(flat);
    // Read only when the draft promises something: most drafts do not, and the knowledge is long.
    const endorsed = promises.length > 0 ? normalise(input.knowledge.map((p) => p.text).join("\n")) : "";
    for (const promise of promises) {
      if (!containsPhrase(endorsed, promise.text)) problems.push(`gives a ${promise.kind} ("${promise.text}")`);
    }

    // Knowledge is uploaded by people too: an order to a model inside it must not reach a customer.
    const instructions = instructionsIn(cueForm(folded));
    if (instructions.score >= 0.5) problems.push(`carries instructions aimed at an AI model ("${instructions.hits[0]!.match.slice(0, 60)}")`);

    const blocked = problems.length > 0;
    return {
      verdict: blocked ? "block" : "pass",
      score: blocked ? 1 : 0,
      threshold,
      reason: blocked ? `The reply ${problems.slice(0, 3).join("; ")}.` : "The reply has no forbidden phrase, outside link, personal data or promise.",
    };
  },
};

// Knowledge passages come back message after message; their contact details are read once per isolate.
const PUBLISHED_MEMO_LIMIT = 2_000;
const publishedData = remember(PUBLISHED_MEMO_LIMIT, (text) => findPersonalData(text).map((d) => d.key));

const NOTHING_PUBLISHED: ReadonlySet<string> = new Set();

/** Lower-case, accents folded, whitespace collapsed: "Garantie  à vie" matches "garantie a vie". */
function normalise(text: string): string {
  return spaced(collapseWhitespace(fold(text.toLowerCase())));
}

/** A normalised text with one space at each end, so a phrase at its edges is a whole word too. */
function spaced(flat: string): string {
  return ` ${flat.trim()} `;
}

/** Whole words only: the phrase "free" does not match "freedom". */
function containsPhrase(text: string, phrase: string): boolean {
  const needle = phrase.trim();
  if (needle === "") return false;
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at < 0) return false;
    const before = text[at - 1] ?? " ";
    const after = text[at + needle.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    from = at + 1;
  }
}

function describe(kind: "email" | "phone" | "card" | "iban"): string {
  return { email: "an email address", phone: "a phone number", card: "a payment card number", iban: "an IBAN" }[kind];
}

/** Enough of the data for an agent to recognise it, not enough to copy it into the audit trail. */
function mask(text: string): string {
  return text.length <= 4 ? "****" : `${text.slice(0, 2)}…${text.slice(-2)}`;
}
