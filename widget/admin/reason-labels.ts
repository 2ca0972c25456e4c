// Why an automatic reply was not sent, in the owner's words. Ids are checkpoint ids, pipeline steps
// ("no_answer", "provider_error", "mode_off"), the widget's button ("customer_request") or "<outcome>_for_review".
const labels: Record<string, string> = {
  human_request: "Asked for a person",
  customer_request: "Pressed 'talk to a person'",
  heat: "Customer upset",
  injection: "Tried to instruct the bot",
  loop: "Going in circles",
  relevance: "Draft off-topic",
  compliance: "Draft not supported by knowledge",
  repeat: "Draft repeated itself",
  output_policy: "Draft broke site rules",
  exclusion: "Excluded topic",
  no_answer: "No answer in knowledge",
  provider_error: "Reply engine failed",
  mode_off: "Automation off",
  suggested_for_review: "Draft for review",
  shadow_for_review: "Shadow mode: draft not sent",
};

/** A short label; an id the dashboard does not know yet is still shown, made readable. */
export function reasonLabel(id: string): string {
  return labels[id] ?? id.replaceAll("_", " ");
}
