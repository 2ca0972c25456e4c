import { describe, expect, it } from "vitest";
import type { ConversationEvent } from "../../shared/protocol.ts";
import type { DecisionRecord } from "../../worker/guard/decision.ts";
import { currentDraft } from "./current-draft.ts";

function decision(id: string, seq: number, patch: Partial<DecisionRecord> = {}): DecisionRecord {
  return {
    id,
    siteId: "demo",
    conversationId: "c",
    seq,
    at: "2026-01-01T10:00:00.000Z",
    state: "bot",
    mode: "suggest",
    language: "en",
    outcome: "suggested",
    autoSent: false,
    reasons: ["suggested_for_review"],
    explanations: [],
    checks: [],
    knowledge: [],
    draft: { text: `draft ${id}`, provider: "extractive", model: "", ms: 1 },
    attempts: [],
    latencyMs: 3,
    ...patch,
  };
}

const message = (seq: number, role: "customer" | "bot" | "agent" | "system", text = `m${seq}`): ConversationEvent => ({
  type: "message",
  seq,
  at: "2026-01-01T10:00:00.000Z",
  role,
  text,
});

const none = new Set<string>();

describe("the AI draft offered to the agent", () => {
  it("offers the held-back draft of the latest decided message, with the question it answers", () => {
    const events = [message(1, "customer", "Where is my order?"), message(2, "system"), message(3, "customer", "Refund?")];
    const offered = currentDraft([decision("first", 1), decision("second", 3)], events, none);
    expect(offered).toEqual({ decisionId: "second", text: "draft second", question: "Refund?" });
  });

  it("offers nothing when the reply was sent automatically", () => {
    expect(currentDraft([decision("d", 1, { outcome: "auto_sent", autoSent: true })], [message(1, "customer"), message(2, "bot")], none)).toBeNull();
  });

  it("offers nothing once an agent has answered after the question", () => {
    expect(currentDraft([decision("d", 1)], [message(1, "customer"), message(2, "system"), message(3, "agent")], none)).toBeNull();
  });

  it("still offers the draft while only announcements followed the question", () => {
    expect(currentDraft([decision("d", 1)], [message(1, "customer"), message(2, "system")], none)?.decisionId).toBe("d");
  });

  it("offers nothing the agent discarded", () => {
    expect(currentDraft([decision("d", 1)], [message(1, "customer")], new Set(["d"]))).toBeNull();
  });

  it("offers nothing when the decision produced no draft (a pre-check sent it to a person)", () => {
    expect(currentDraft([decision("d", 1, { draft: undefined, outcome: "escalated" })], [message(1, "customer")], none)).toBeNull();
  });

  it("skips a stale draft for an older message and keeps a draft a person overtook", () => {
    const events = [message(1, "customer"), message(2, "customer")];
    const stale = decision("stale", 2, { discarded: "stale" });
    expect(currentDraft([decision("older", 1), stale], events, none)?.decisionId).toBe("older");
    expect(currentDraft([decision("overtaken", 2, { discarded: "human_took_over" })], events, none)?.decisionId).toBe("overtaken");
  });
});
