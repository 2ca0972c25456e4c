import { describe, expect, it } from "vitest";
import { transition, type Snapshot } from "./state-machine.ts";

const bot: Snapshot = { state: "bot", episode: 1, agent: null };

describe("conversation state machine", () => {
  it("hands a blocked conversation to a human once, however often it is escalated", () => {
    const first = transition(bot, { kind: "escalate", reasons: ["heat"] });
    expect(first).toEqual({
      ok: true,
      next: { state: "waiting_human", episode: 1, agent: null },
      effects: [{ kind: "announce_handoff", reasons: ["heat"] }],
    });
    const second = transition(first.ok ? first.next : bot, { kind: "escalate", reasons: ["loop"] });
    expect(second).toEqual({ ok: true, next: first.ok && first.next, effects: [] });
  });

  it("lets only one agent hold a conversation", () => {
    const waiting: Snapshot = { state: "waiting_human", episode: 1, agent: null };
    const claimed = transition(waiting, { kind: "claim", agent: "ana" });
    expect(claimed.ok && claimed.next).toEqual({ state: "human", episode: 1, agent: "ana" });
    const held = claimed.ok ? claimed.next : waiting;
    expect(transition(held, { kind: "claim", agent: "bo" })).toEqual({ ok: false, reason: "already_claimed" });
    expect(transition(held, { kind: "claim", agent: "ana" })).toEqual({ ok: true, next: held, effects: [] });
  });

  it("starts a new episode when the agent hands back to the bot", () => {
    const result = transition({ state: "human", episode: 2, agent: "ana" }, { kind: "release" });
    expect(result).toEqual({
      ok: true,
      next: { state: "bot", episode: 3, agent: null },
      effects: [{ kind: "new_episode" }, { kind: "announce_bot_back" }],
    });
  });

  it("reopens a closed conversation as a new episode when the customer writes again", () => {
    const closed = transition(bot, { kind: "close" });
    expect(closed.ok && closed.next.state).toBe("closed");
    const reopened = transition(closed.ok ? closed.next : bot, { kind: "customer_message" });
    expect(reopened).toEqual({
      ok: true,
      next: { state: "bot", episode: 2, agent: null },
      effects: [{ kind: "new_episode" }, { kind: "announce_reopened" }],
    });
  });

  it("refuses to escalate or claim a closed conversation, and to release one the bot holds", () => {
    const closed: Snapshot = { state: "closed", episode: 1, agent: null };
    expect(transition(closed, { kind: "escalate", reasons: [] })).toEqual({ ok: false, reason: "closed" });
    expect(transition(closed, { kind: "claim", agent: "ana" })).toEqual({ ok: false, reason: "closed" });
    expect(transition(bot, { kind: "release" })).toEqual({ ok: false, reason: "not_with_human" });
  });
});
