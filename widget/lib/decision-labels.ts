// The words the agent inbox and the owner dashboard use for a decision: why a conversation left the bot,
// what was done with the draft, and why a draft was dropped. One table, so both say the same thing.
import type { Outcome } from "../../worker/guard/decision.ts";

// Ids are checkpoint ids, pipeline steps ("no_answer", "provider_error", "mode_off"), the widget's button
// ("customer_request") or "<outcome>_for_review" (worker/conversation/conversation-do.ts).
const reasons: Record<string, string> = {
  human_request: "Asked for a person",
  customer_request: "Pressed 'talk to a person'",
  heat: "Customer is upset",
  injection: "Tried to instruct the bot",
  language: "Writes in another language",
  loop: "Going in circles",
  relevance: "Draft did not answer the question",
  compliance: "Draft not supported by the knowledge",
  repeat: "Draft repeated an earlier answer",
  output_policy: "Draft broke the site's rules",
  exclusion: "Topic the site never automates",
  no_answer: "Knowledge has no answer",
  provider_error: "Reply engine failed",
  mode_off: "Automation is off",
  suggested_for_review: "Draft waiting for review",
  shadow_for_review: "Shadow mode: draft not sent",
};

/** A short label; an id not known here yet is still shown, made readable. */
export function reasonLabel(id: string): string {
  return reasons[id] ?? id.replaceAll("_", " ");
}

export const outcomeLabels: Record<Outcome, string> = {
  auto_sent: "Sent automatically",
  suggested: "Held for review",
  escalated: "Handed to a person",
  excluded: "Topic never automated",
  shadow: "Shadow mode (not sent)",
};

export const discardedLabels = {
  stale: "Discarded: the customer wrote again before it was ready.",
  human_took_over: "Discarded: a person took over before it was ready.",
} as const;
