// The wire vocabulary shared by the Worker, the widget, the agent inbox and the dashboard.

export const CONVERSATION_STATES = ["bot", "waiting_human", "human", "closed"] as const;
export type ConversationState = (typeof CONVERSATION_STATES)[number];

export type Role = "customer" | "bot" | "agent" | "system";

/** Hard cap on a customer or agent message, enforced by the Worker and mirrored by the widget. */
export const MAX_MESSAGE_CHARS = 4000;

/** A line of the transcript. `seq` is per conversation, gapless, shared with state events. */
export interface MessageEvent {
  type: "message";
  seq: number;
  at: string;
  role: Role;
  text: string;
  clientMessageId?: string;
  /** Display name of the agent who wrote it, for role "agent". */
  author?: string;
}

/** The conversation changed state; `reasons` are checkpoint ids (or "customer_request"). */
export interface StateEvent {
  type: "state";
  seq: number;
  at: string;
  state: ConversationState;
  reasons?: string[];
}

export type ConversationEvent = MessageEvent | StateEvent;

/** Frames the server pushes over a conversation's WebSocket. */
export type ServerFrame =
  | { type: "events"; events: ConversationEvent[] }
  | { type: "typing"; on: boolean }
  | { type: "error"; code: string; message: string };

/** JSON error body of every failed request. */
export interface ErrorBody {
  error: { code: string; message: string; field?: string };
}
