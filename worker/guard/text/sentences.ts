// Sentences of a text, by the platform's Unicode segmenter (Intl.Segmenter works in workerd at no bundle
// cost). A line break ends a sentence too, so each list item of a reply stands alone.
import { remember } from "./remember.ts";

// The segmenter ends a sentence after "Mr." or a list number "1."; such a piece is joined to the next.
const UNFINISHED = /(?:^|\s)(?:\p{N}{1,3}|mrs?|ms|dr|st|prof|jr|sr|sra|mme|mlle|nr|no|vs|etc|e\.g|i\.e|z\.b|p\.ex|bzw|ca)\.$/iu;

// The segmenter wants a capital after the full stop; chat is often typed without ("ok. it ships today").
const LOWER_CASE_START = /(?<=\p{Ll}{2}[.!?])\s+(?=\p{Ll})/u;

// Compliance and repeat both read the draft sentence by sentence, and earlier bot replies come back every turn.
// Few texts are kept: a draft is new with every message, and what outlives it is work for the garbage collector.
const SPLIT_LIMIT = 64;
const splitters = new Map<string, (text: string) => readonly string[]>();

/** The sentences of a text, in order; the list is shared with other callers, so read-only. */
export function sentences(text: string, language = "en"): readonly string[] {
  let split = splitters.get(language);
  if (!split) {
    const segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
    split = remember(SPLIT_LIMIT, (whole) => splitSentences(whole, segmenter));
    splitters.set(language, split);
  }
  return split(text);
}

const LINE_BREAKS = /\n+/;

function splitSentences(text: string, segmenter: Intl.Segmenter): string[] {
  const out: string[] = [];
  for (const line of text.split(LINE_BREAKS)) {
    let pending = "";
    // The segments read as they come, not gathered into a list and flattened into another first.
    for (const { segment } of segmenter.segment(line)) {
      for (const piece of segment.split(LOWER_CASE_START)) {
        const sentence = (pending + piece).trim();
        if (UNFINISHED.test(sentence)) {
          pending = sentence + " ";
          continue;
        }
        pending = "";
        if (sentence) out.push(sentence);
      }
    }
    if (pending.trim()) out.push(pending.trim());
  }
  return out;
}
