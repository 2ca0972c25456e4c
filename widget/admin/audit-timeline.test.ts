import { describe, expect, it } from "vitest";
import type { ConversationEvent } from "../../shared/protocol.ts";
import type { DecisionRecord } from "../../worker/guard/decision.ts";
import { auditTimeline } from "./audit-timeline.ts";

const at = "2026-11-26T10:00:00.000Z";
const record = (id: string, seq: number) => ({ id, seq, at }) as DecisionRecord;

describe("the audit trail's order", () => {
  it("puts each decision under the customer message it was about, in the order things happened", () => {
    const events: ConversationEvent[] = [
      { type: "message", seq: 3, at, role: "bot", text: "Within 30 days." },
      { type: "message", seq: 2, at, role: "customer", text: "How long for returns?" },
      { type: "message", seq: 1, at, role: "bot", text: "Hello" },
      { type: "state", seq: 5, at, state: "waiting_human", reasons: ["human_request"] },
      { type: "message", seq: 4, at, role: "customer", text: "A person please" },
    ];
    const { entries, unplaced } = auditTimeline(events, [record("b", 4), record("a", 2)]);
    expect(entries.map((e) => [e.event.seq, e.kind === "message" ? e.decisions.map((d) => d.id) : e.event.state])).toEqual([
      [1, []],
      [2, ["a"]],
      [3, []],
      [4, ["b"]],
      [5, "waiting_human"],
    ]);
    expect(unplaced).toEqual([]);
  });

  it("keeps a decision whose message is missing instead of hiding it", () => {
    const events: ConversationEvent[] = [{ type: "message", seq: 1, at, role: "customer", text: "Hi" }];
    const { unplaced } = auditTimeline(events, [record("a", 1), record("lost", 7)]);
    expect(unplaced.map((r) => r.id)).toEqual(["lost"]);
  });
});
