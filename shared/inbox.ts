// What the agent inbox sees of a conversation, pushed live by the site's Durable Object.
import type { ConversationState, Role } from "./protocol.ts";

export interface ConversationSummary {
  id: string;
  siteId: string;
  state: ConversationState;
  /** Why it waits for a person: checkpoint ids or pipeline steps of the escalation. */
  reasons: string[];
  agent: string | null;
  createdAt: string;
  updatedAt: string;
  waitingSince: string | null;
  lastMessage: { role: Role; text: string; at: string } | null;
}

export type InboxFrame =
  | { type: "conversations"; conversations: ConversationSummary[] }
  | { type: "conversation"; conversation: ConversationSummary };
