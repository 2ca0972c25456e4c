// Why a conversation left the bot, in the words an agent scans for. Ids are checkpoint ids, pipeline
// steps, or "<outcome>_for_review" (worker/conversation/conversation-do.ts).
const labels: Record<string, string> = {
  human_request: "Asked for a person",
  customer_request: "Pressed 'talk to a person'",
  heat: "Customer is upset",
  injection: "Tried to instruct the bot",
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
};

/** A short label; an id this inbox does not know yet is still shown, made readable. */
export function reasonLabel(id: string): string {
  return labels[id] ?? id.replaceAll("_", " ");
}
