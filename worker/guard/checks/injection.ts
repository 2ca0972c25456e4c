// injection: the customer's message tries to instruct the model instead of asking the business something.
// The cues of every language are read whatever the detected language: attacks switch languages mid-message.
import { collapseWhitespace } from "../text/words.ts";
import type { Checkpoint, Finding } from "../types.ts";
import { KIND_DESCRIPTIONS } from "./injection/cues.ts";
import { detectInstructions } from "./injection/detect.ts";

export const injection: Checkpoint = {
  id: "injection",
  stage: "pre",
  defaultThreshold: 0.5,
  blocksWhen: "above",
  evaluate(input, threshold): Finding {
    const { hits, score } = detectInstructions(input.message);
    if (hits.length === 0) {
      return { verdict: "pass", score, threshold, reason: "The message does not try to instruct the assistant." };
    }
    const what = hits.slice(0, 3).map((h) => `${KIND_DESCRIPTIONS[h.kind]} ("${clip(h.match)}")`);
    const verdict = score >= threshold ? "block" : "pass";
    const lead =
      verdict === "block"
        ? "The message tries to instruct the assistant"
        : "The message looks a little like an instruction to the assistant";
    return { verdict, score, threshold, reason: `${lead}: it ${what.join("; it ")}.` };
  },
};

function clip(text: string): string {
  const oneLine = collapseWhitespace(text);
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}
