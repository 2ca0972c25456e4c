// The heat of one message: its anger cues, added up as independent evidence.
import { combineEvidence, cueText, findCues, strongestByKind, type CueHit } from "../../text/cues.ts";
import { HEAT_CUES, type HeatKind } from "./cues.ts";
import { typographyCues } from "./typography.ts";

export interface MessageHeat {
  score: number;
  hits: CueHit<HeatKind>[];
}

// Laughter, a wink or delight takes the edge off swearing: "lol this is fucking great", "I love it, holy shit".
// Not "thanks" or "great": angry customers say both, often with sarcasm.
const DELIGHT = /(?<!\p{L})(?:lol|lmao|rofl|haha\w*|hihi|mdr|jaja\w*|xd|love|loved|loving|awesome|amazing|hilarious|funny|cute|cutest|beautiful|congrat\w*|j'adore|genial|me encanta)(?!\p{L})|\/s\b|[😂🤣😆😅😉😜❤😍]/u;
const DELIGHT_DAMPING = 0.65;

export function messageHeat(text: string): MessageHeat {
  // The text in cue form is made once, for the cues and for delight; the typography hits join the cue hits'
  // own list, not a third one.
  const cued = cueText(text);
  const found = findCues(cued, HEAT_CUES);
  for (const hit of typographyCues(text)) found.push(hit);
  const hits = strongestByKind(found);
  let score = combineEvidence(hits);
  if (hits.length > 0 && DELIGHT.test(cued)) score *= DELIGHT_DAMPING;
  return { score, hits };
}
