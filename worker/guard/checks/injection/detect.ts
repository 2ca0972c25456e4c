// Instructions aimed at an AI model, wherever they appear: in a customer's message, or in a draft that
// quotes poisoned knowledge. Returns the strongest cue of each kind and their combined weight (0..1).
import { combineEvidence, cueText, findCues, strongestByKind } from "../../text/cues.ts";
import { INJECTION_CUES } from "./cues.ts";

export function detectInstructions(text: string) {
  return instructionsIn(cueText(text));
}

/** detectInstructions of a text already in cue form (cueText). */
export function instructionsIn(cued: string) {
  const hits = strongestByKind(findCues(cued, INJECTION_CUES));
  return { hits, score: combineEvidence(hits) };
}
