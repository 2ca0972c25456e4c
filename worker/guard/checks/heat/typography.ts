// How a message looks when typed in anger: whole words in capitals, runs of "!!!" and "?!".
import type { CueHit } from "../../text/cues.ts";
import type { HeatKind } from "./cues.ts";

// One capitalised word is an acronym ("DHL", "USB"); shouting is several, and most of the message.
const MIN_SHOUTED_WORDS = 2;
const MIN_SHOUTED_SHARE = 0.6;
const MIN_LETTERS = 8;

const SHOUTED_WORD = /(?<!\p{L})\p{Lu}{3,}(?!\p{L})/gu;
const LETTER = /\p{L}/gu;
const CAPITAL = /\p{Lu}/gu;
// "!!", "?!", "!!!": a run of two or more marks with at least one "!" ("??" alone is puzzlement).
const BANGS = /(?=[!?]*!)[!?]{2,}/u;

export function typographyCues(text: string): CueHit<HeatKind>[] {
  const hits: CueHit<HeatKind>[] = [];
  // Letters are counted (a list of them all) only in a message with shouted words: most have none.
  const shoutedWords = text.match(SHOUTED_WORD);
  if (shoutedWords !== null && shoutedWords.length >= MIN_SHOUTED_WORDS && isMostlyCapitals(text)) {
    hits.push({ kind: "shouting", weight: 0.45, match: shoutedWords.slice(0, 3).join(" ") });
  }
  const bangs = BANGS.exec(text);
  if (bangs) {
    hits.push({ kind: "exclamations", weight: bangs[0].length >= 3 ? 0.35 : 0.2, match: bangs[0] });
  } else if (hits.length > 0 && text.includes("!")) {
    // One "!" after a shouted sentence is the same shout, a little louder.
    hits.push({ kind: "exclamations", weight: 0.15, match: "!" });
  }
  return hits;
}

function isMostlyCapitals(text: string): boolean {
  const letters = text.match(LETTER)?.length ?? 0;
  const capitals = text.match(CAPITAL)?.length ?? 0;
  return letters >= MIN_LETTERS && capitals / letters >= MIN_SHOUTED_SHARE;
}
