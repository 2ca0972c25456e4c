import { describe, expect, it } from "vitest";
import type { ConversationSummary } from "../../shared/inbox.ts";
import { groupConversations, upsertConversation } from "./inbox-order.ts";

function summary(id: string, patch: Partial<ConversationSummary>): ConversationSummary {
  return {
    id,
    siteId: "demo",
    state: "bot",
    reasons: [],
    agent: null,
    createdAt: "2026-01-01T09:00:00.000Z",
    updatedAt: "2026-01-01T09:00:00.000Z",
    waitingSince: null,
    lastMessage: null,
    ...patch,
  };
}

const waiting = (id: string, since: string, updated = since) =>
  summary(id, { state: "waiting_human", waitingSince: since, updatedAt: updated, reasons: ["human_request"] });

describe("inbox order", () => {
  it("puts the customer who has waited longest at the top, even if others wrote since", () => {
    const groups = groupConversations([
      waiting("recent", "2026-01-01T10:05:00.000Z"),
      waiting("oldest", "2026-01-01T10:00:00.000Z", "2026-01-01T10:09:00.000Z"),
      waiting("middle", "2026-01-01T10:02:00.000Z"),
    ]);
    expect(groups[0]!.state).toBe("waiting_human");
    expect(groups[0]!.conversations.map((c) => c.id)).toEqual(["oldest", "middle", "recent"]);
  });

  it("shows waiting, then agents', then the bot's, then closed conversations, the most recently active first", () => {
    const groups = groupConversations([
      summary("closed", { state: "closed", updatedAt: "2026-01-01T11:00:00.000Z" }),
      summary("bot-old", { updatedAt: "2026-01-01T09:00:00.000Z" }),
      summary("bot-new", { updatedAt: "2026-01-01T10:00:00.000Z" }),
      summary("held", { state: "human", agent: "Ana" }),
      waiting("waiting", "2026-01-01T10:00:00.000Z"),
    ]);
    expect(groups.map((g) => [g.state, g.conversations.map((c) => c.id)])).toEqual([
      ["waiting_human", ["waiting"]],
      ["human", ["held"]],
      ["bot", ["bot-new", "bot-old"]],
      ["closed", ["closed"]],
    ]);
  });

  it("moves a conversation to its new group when a live update says it was claimed", () => {
    const list = [waiting("a", "2026-01-01T10:00:00.000Z")];
    const next = upsertConversation(list, summary("a", { state: "human", agent: "Ana", updatedAt: "2026-01-01T10:01:00.000Z" }));
    const groups = groupConversations(next);
    expect(groups[0]!.conversations).toEqual([]);
    expect(groups[1]!.conversations.map((c) => c.agent)).toEqual(["Ana"]);
  });

  it("adds a conversation it has never seen", () => {
    expect(upsertConversation([], waiting("new", "2026-01-01T10:00:00.000Z")).map((c) => c.id)).toEqual(["new"]);
  });

  it("keeps the newer copy when an older update arrives late", () => {
    const claimed = summary("a", { state: "human", agent: "Ana", updatedAt: "2026-01-01T10:01:00.000Z" });
    const late = waiting("a", "2026-01-01T10:00:00.000Z");
    expect(upsertConversation([claimed], late)).toEqual([claimed]);
  });
});
