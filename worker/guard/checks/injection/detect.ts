// Instructions aimed at an AI model, wherever they appear: in a customer's message, or in a draft that
// quotes poisoned knowledge. Returns the strongest cue of each kind and their combined weight (0..1).
import { combineEvidence, cueText, findCues, strongestByKind } from "../../text/cues.ts";
import { INJECTION_CUES } from "./cues.ts";

export function detectInstructions(text: string) {
  const hits = strongestByKind(findCues(cueText(text), INJECTION_CUES));
  return { hits, score: combineEvidence(hits) };
}
