// PLACEHOLDER: replaced by the real compliance checkpoint. Fails closed until then.
import type { Checkpoint } from "../types.ts";

export const compliance: Checkpoint = {
  id: "compliance",
  stage: "post",
  defaultThreshold: 0.5,
  blocksWhen: "above",
  evaluate: (_input, threshold) => ({ verdict: "error", score: 1, threshold, reason: "Not built yet." }),
};
