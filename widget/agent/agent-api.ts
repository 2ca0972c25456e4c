// The agent routes of /v1 (DESIGN.md, "HTTP and socket API"), typed from shared/inbox.ts and the decision record.
import type { ConversationSummary } from "../../shared/inbox.ts";
import type { ConversationEvent, MessageEvent } from "../../shared/protocol.ts";
import type { DecisionRecord } from "../../worker/guard/decision.ts";
import { requestJson } from "../lib/http.ts";

export interface ConversationDetail {
  conversation: ConversationSummary;
  events: ConversationEvent[];
  decisions: DecisionRecord[];
}

export interface AgentApi {
  listConversations(): Promise<ConversationSummary[]>;
  conversation(id: string): Promise<ConversationDetail>;
  claim(id: string): Promise<ConversationSummary>;
  reply(id: string, clientMessageId: string, text: string): Promise<MessageEvent>;
  /** Back to the bot. */
  release(id: string): Promise<ConversationSummary>;
  close(id: string): Promise<ConversationSummary>;
  inboxSocketUrl(): string;
  conversationSocketUrl(id: string, after: number): string;
}

export interface AgentIdentity {
  token: string;
  /** Display name, shown to customers when this agent joins or replies. */
  name: string;
}

const ALL_STATES = "waiting_human,human,bot,closed";

export function createAgentApi(base: string, siteId: string, identity: AgentIdentity): AgentApi {
  const { token, name: agent } = identity;
  const path = (id: string) => "/v1/agent/conversations/" + encodeURIComponent(id);
  const socketBase = base.replace(/^http/, "ws");
  const action = async (id: string, verb: string) =>
    (await requestJson<{ conversation: ConversationSummary }>(base, "POST", `${path(id)}/${verb}`, { token, body: { agent } })).conversation;
  return {
    listConversations: async () =>
      (
        await requestJson<{ conversations: ConversationSummary[] }>(
          base,
          "GET",
          `/v1/agent/conversations?site=${encodeURIComponent(siteId)}&state=${ALL_STATES}`,
          { token },
        )
      ).conversations,
    conversation: (id) => requestJson(base, "GET", path(id), { token }),
    claim: (id) => action(id, "claim"),
    reply: async (id, clientMessageId, text) =>
      (await requestJson<{ message: MessageEvent }>(base, "POST", path(id) + "/messages", { token, body: { clientMessageId, text, agent } })).message,
    release: (id) => action(id, "release"),
    close: (id) => action(id, "close"),
    // Browsers cannot set headers on a WebSocket handshake, so the token travels in the query.
    inboxSocketUrl: () => `${socketBase}/v1/agent/socket?site=${encodeURIComponent(siteId)}&token=${encodeURIComponent(token)}`,
    conversationSocketUrl: (id, after) => `${socketBase}${path(id)}/socket?token=${encodeURIComponent(token)}&after=${after}`,
  };
}
