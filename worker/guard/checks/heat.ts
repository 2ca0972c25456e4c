// PLACEHOLDER: replaced by the real heat checkpoint. Fails closed until then.
import type { Checkpoint } from "../types.ts";

export const heat: Checkpoint = {
  id: "heat",
  stage: "pre",
  defaultThreshold: 0.5,
  blocksWhen: "above",
  evaluate: (_input, threshold) => ({ verdict: "error", score: 1, threshold, reason: "Not built yet." }),
};
