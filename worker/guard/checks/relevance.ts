// PLACEHOLDER: replaced by the real relevance checkpoint. Fails closed until then.
import type { Checkpoint } from "../types.ts";

export const relevance: Checkpoint = {
  id: "relevance",
  stage: "post",
  defaultThreshold: 0.5,
  blocksWhen: "above",
  evaluate: (_input, threshold) => ({ verdict: "error", score: 1, threshold, reason: "Not built yet." }),
};
