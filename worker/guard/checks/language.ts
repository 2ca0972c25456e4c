// language: the customer writes in a language the site does not answer in. The bot's knowledge and checks
// work in the site's languages; anything else goes to a person rather than getting a reply in the wrong one.
import { detectAnyLanguage } from "../text/language.ts";
import type { Checkpoint, Finding } from "../types.ts";

/**
 * Below this many lower-case words a language cannot be told reliably: "ok", "merci", and names, addresses and
 * codes ("9756 Primrose Street Newark, MI") that look like any language.
 */
const MIN_WORDS = 5;
const PLAIN_WORD = /^\p{Ll}{2,}$/u;
const WORD_BREAKS = /[\s,.;:!?()"]+/;
const names = new Intl.DisplayNames(["en"], { type: "language" });

export const language: Checkpoint = {
  id: "language",
  stage: "pre",
  defaultThreshold: 0.5,
  blocksWhen: "above",
  evaluate(input, threshold): Finding {
    const served = input.policy.languages;
    if (!hasPlainWords(input.message, MIN_WORDS)) {
      return { verdict: "pass", score: 0, threshold, reason: "The message is too short to tell its language." };
    }
    const detected = detectAnyLanguage(input.message);
    if (!detected.reliable || served.includes(detected.language)) {
      return { verdict: "pass", score: 0, threshold, reason: `The customer writes in a language the site answers in (${input.language}).` };
    }
    return {
      verdict: 1 >= threshold ? "block" : "pass",
      score: 1,
      threshold,
      reason: `The customer writes in ${nameOf(detected.language)}; the site answers in ${served.map(nameOf).join(", ")}.`,
    };
  },
};

/** Whether the text has at least `count` lower-case words; counted, not gathered into a list. */
function hasPlainWords(text: string, count: number): boolean {
  let found = 0;
  for (const word of text.split(WORD_BREAKS)) if (PLAIN_WORD.test(word) && ++found >= count) return true;
  return false;
}

function nameOf(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
