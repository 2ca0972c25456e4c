// human_request: the customer asks for a person. The customer is never stuck (DESIGN.md, principle 4).
import type { Checkpoint, Finding } from "../types.ts";
import { findRequest } from "./human-request/find-request.ts";

// A verb of reaching or wishing with a person is as clear as a request gets; a bare "agent" nearly so.
const SCORES = { explicit: 0.95, bare: 0.85, declined: 0.1, none: 0 } as const;

export const humanRequest: Checkpoint = {
  id: "human_request",
  stage: "pre",
  defaultThreshold: 0.5,
  blocksWhen: "above",
  evaluate(input, threshold): Finding {
    const found = findRequest(input.message);
    if (found?.kind === "asked") {
      const score = SCORES[found.strength];
      return {
        verdict: score >= threshold ? "block" : "pass",
        score,
        threshold,
        reason: `The customer asked for a person ("${found.words.join(" … ")}").`,
      };
    }
    if (found?.kind === "declined") {
      return {
        verdict: SCORES.declined >= threshold ? "block" : "pass",
        score: SCORES.declined,
        threshold,
        reason: `The customer mentioned a person but said they do not want one ("${found.words.join(" … ")}").`,
      };
    }
    return { verdict: "pass", score: SCORES.none, threshold, reason: "The customer did not ask for a person." };
  },
};
