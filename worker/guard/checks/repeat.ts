// PLACEHOLDER: replaced by the real repeat checkpoint. Fails closed until then.
import type { Checkpoint } from "../types.ts";

export const repeat: Checkpoint = {
  id: "repeat",
  stage: "post",
  defaultThreshold: 0.5,
  blocksWhen: "above",
  evaluate: (_input, threshold) => ({ verdict: "error", score: 1, threshold, reason: "Not built yet." }),
};
