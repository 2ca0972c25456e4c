// Which AI draft, if any, the agent is offered: the one made for the latest customer message the bot
// decided on, when it was held back rather than sent, and nobody has answered that message since.
import type { ConversationEvent } from "../../shared/protocol.ts";
import type { DecisionRecord } from "../../worker/guard/decision.ts";

export interface OfferedDraft {
  decisionId: string;
  text: string;
  /** The customer message the draft answers. */
  question: string | undefined;
}

export function currentDraft(
  decisions: readonly DecisionRecord[],
  events: readonly ConversationEvent[],
  dismissed: ReadonlySet<string>,
): OfferedDraft | null {
  // A stale draft answered a message the customer has already followed up on; it is nobody's answer.
  let latest: DecisionRecord | undefined;
  for (const decision of decisions) {
    if (decision.discarded !== "stale" && (!latest || decision.seq > latest.seq)) latest = decision;
  }
  const decision = latest;
  if (!decision?.draft || decision.outcome === "auto_sent" || dismissed.has(decision.id)) return null;
  const answered = events.some((e) => e.type === "message" && e.seq > decision.seq && (e.role === "agent" || e.role === "bot"));
  if (answered) return null;
  const question = events.find((e) => e.seq === decision.seq);
  return {
    decisionId: decision.id,
    text: decision.draft.text,
    question: question?.type === "message" ? question.text : undefined,
  };
}
