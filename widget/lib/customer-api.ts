// The customer-facing routes of /v1, typed from shared/protocol.ts.
import type { ConversationEvent, MessageEvent } from "../../shared/protocol.ts";
import { requestJson } from "./http.ts";

export interface ConversationAccess {
  conversationId: string;
  token: string;
}

export interface SendResult {
  message: MessageEvent;
  reply: MessageEvent | null;
  decision: { outcome: string; reasons: string[] };
}

export interface OutgoingMessage {
  clientMessageId: string;
  text: string;
  /** Attributes the host page gave through Steward.setUser, for the site's exclusion rules. */
  customer?: Record<string, string>;
}

export interface CustomerApi {
  startConversation(siteId: string, language?: string): Promise<ConversationAccess>;
  sendMessage(access: ConversationAccess, message: OutgoingMessage): Promise<SendResult>;
  eventsAfter(access: ConversationAccess, after: number): Promise<ConversationEvent[]>;
  requestHuman(access: ConversationAccess): Promise<unknown>;
  socketUrl(access: ConversationAccess, after: number): string;
}

export function createCustomerApi(base: string): CustomerApi {
  const conversation = (access: ConversationAccess) => "/v1/conversations/" + encodeURIComponent(access.conversationId);
  return {
    startConversation: (siteId, language) =>
      requestJson(base, "POST", `/v1/sites/${encodeURIComponent(siteId)}/conversations`, { body: language ? { language } : {} }),
    sendMessage: (access, message) => requestJson(base, "POST", conversation(access) + "/messages", { token: access.token, body: message }),
    eventsAfter: async (access, after) =>
      (await requestJson<{ events: ConversationEvent[] }>(base, "GET", conversation(access) + "/events?after=" + after, { token: access.token })).events,
    requestHuman: (access) => requestJson(base, "POST", conversation(access) + "/handoff", { token: access.token, body: {} }),
    socketUrl: (access, after) =>
      base.replace(/^http/, "ws") + conversation(access) + "/socket?token=" + encodeURIComponent(access.token) + "&after=" + after,
  };
}
