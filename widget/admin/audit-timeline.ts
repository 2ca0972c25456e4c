// The audit trail in reading order: each event of the conversation, with the decisions made on a customer
// message placed right under it. A record whose message is not in the events (erased, or a seq the
// events do not reach) is kept apart rather than dropped: an audit shows everything it holds.
import type { ConversationEvent, MessageEvent, StateEvent } from "../../shared/protocol.ts";
import type { DecisionRecord } from "../../worker/guard/decision.ts";

export type TimelineEntry = { kind: "message"; event: MessageEvent; decisions: DecisionRecord[] } | { kind: "state"; event: StateEvent };

export interface Timeline {
  entries: TimelineEntry[];
  unplaced: DecisionRecord[];
}

export function auditTimeline(events: readonly ConversationEvent[], records: readonly DecisionRecord[]): Timeline {
  const bySeq = new Map<number, DecisionRecord[]>();
  for (const record of [...records].sort((a, b) => a.seq - b.seq || a.at.localeCompare(b.at))) {
    bySeq.set(record.seq, [...(bySeq.get(record.seq) ?? []), record]);
  }
  const entries = [...events]
    .sort((a, b) => a.seq - b.seq)
    .map((event): TimelineEntry => {
      if (event.type === "state") return { kind: "state", event };
      const decisions = event.role === "customer" ? (bySeq.get(event.seq) ?? []) : [];
      bySeq.delete(event.seq);
      return { kind: "message", event, decisions };
    });
  return { entries, unplaced: [...bySeq.values()].flat() };
}
