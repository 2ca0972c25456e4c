// The conversation state machine (DESIGN.md, "Conversation states"), pure so it is tested without workerd.
// bot → (any block) → waiting_human → (an agent claims) → human → (agent hands back) → bot; any → closed.
import type { ConversationState } from "../../shared/protocol.ts";

export type ConversationEventKind =
  | { kind: "escalate"; reasons: string[] }
  | { kind: "claim"; agent: string }
  | { kind: "release" }
  | { kind: "close" }
  | { kind: "customer_message" };

export interface Snapshot {
  state: ConversationState;
  episode: number;
  /** The agent holding the conversation while state is "human". */
  agent: string | null;
}

/** What the conversation must announce or do because of a transition. */
export type Effect =
  | { kind: "announce_handoff"; reasons: string[] }
  | { kind: "announce_agent"; agent: string }
  | { kind: "announce_bot_back" }
  | { kind: "announce_closed" }
  | { kind: "announce_reopened" }
  | { kind: "new_episode" };

export type Transition =
  | { ok: true; next: Snapshot; effects: Effect[] }
  | { ok: false; reason: "already_claimed" | "closed" | "not_with_human" };

export function transition(current: Snapshot, event: ConversationEventKind): Transition {
  const stay = (): Transition => ({ ok: true, next: current, effects: [] });
  switch (event.kind) {
    case "escalate":
      // One escalation per episode: whatever the customer sends meanwhile, a single handoff.
      if (current.state !== "bot") return current.state === "closed" ? { ok: false, reason: "closed" } : stay();
      return {
        ok: true,
        next: { ...current, state: "waiting_human" },
        effects: [{ kind: "announce_handoff", reasons: event.reasons }],
      };
    case "claim":
      if (current.state === "closed") return { ok: false, reason: "closed" };
      if (current.state === "human") {
        return current.agent === event.agent ? stay() : { ok: false, reason: "already_claimed" };
      }
      return {
        ok: true,
        next: { ...current, state: "human", agent: event.agent },
        effects: [{ kind: "announce_agent", agent: event.agent }],
      };
    case "release":
      if (current.state !== "human" && current.state !== "waiting_human") return { ok: false, reason: "not_with_human" };
      // Back to the bot is a fresh start: the loop and repeat memory restart, a new escalation is allowed.
      return {
        ok: true,
        next: { state: "bot", episode: current.episode + 1, agent: null },
        effects: [{ kind: "new_episode" }, { kind: "announce_bot_back" }],
      };
    case "close":
      if (current.state === "closed") return stay();
      return { ok: true, next: { ...current, state: "closed", agent: null }, effects: [{ kind: "announce_closed" }] };
    case "customer_message":
      // A customer writing to a closed conversation reopens it with the bot, as a new episode.
      if (current.state !== "closed") return stay();
      return {
        ok: true,
        next: { state: "bot", episode: current.episode + 1, agent: null },
        effects: [{ kind: "new_episode" }, { kind: "announce_reopened" }],
      };
  }
}
