// How a message looks when typed in anger: whole words in capitals, runs of "!!!" and "?!".
import type { CueHit } from "../../text/cues.ts";
import type { HeatKind } from "./cues.ts";

// One capitalised word is an acronym ("DHL", "USB"); shouting is several, and most of the message.
const MIN_SHOUTED_WORDS = 2;
const MIN_SHOUTED_SHARE = 0.6;
const MIN_LETTERS = 8;

export function typographyCues(text: string): CueHit<HeatKind>[] {
  const hits: CueHit<HeatKind>[] = [];
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const capitals = text.match(/\p{Lu}/gu)?.length ?? 0;
  const shoutedWords = text.match(/(?<!\p{L})\p{Lu}{3,}(?!\p{L})/gu) ?? [];
  if (letters >= MIN_LETTERS && shoutedWords.length >= MIN_SHOUTED_WORDS && capitals / letters >= MIN_SHOUTED_SHARE) {
    hits.push({ kind: "shouting", weight: 0.45, match: shoutedWords.slice(0, 3).join(" ") });
  }
  // "!!", "?!", "!!!": a run of two or more marks with at least one "!" ("??" alone is puzzlement).
  const bangs = /(?=[!?]*!)[!?]{2,}/u.exec(text);
  if (bangs) {
    hits.push({ kind: "exclamations", weight: bangs[0].length >= 3 ? 0.35 : 0.2, match: bangs[0] });
  } else if (hits.length > 0 && text.includes("!")) {
    // One "!" after a shouted sentence is the same shout, a little louder.
    hits.push({ kind: "exclamations", weight: 0.15, match: "!" });
  }
  return hits;
}
