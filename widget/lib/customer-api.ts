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
  /** The decision record's id (the record itself is for the site's people); null when a person answers. */
  decisionId: string | null;
}

export interface OutgoingMessage {
  clientMessageId: string;
  text: string;
  /** Attributes the host page gave through Steward.setUser, for the site's exclusion rules. */
  customer?: Record<string, string>;
}

/** What the widget learns about its site before any conversation (GET /v1/sites/{siteId}/widget-config). */
export interface SiteWidgetConfig {
  allowedLinkDomains: string[];
  languages: string[];
  greeting?: Record<string, string>;
}

export type Rating = "up" | "down";

export interface CustomerApi {
  widgetConfig(siteId: string): Promise<SiteWidgetConfig>;
  startConversation(siteId: string, language?: string): Promise<ConversationAccess>;
  sendMessage(access: ConversationAccess, message: OutgoingMessage): Promise<SendResult>;
  eventsAfter(access: ConversationAccess, after: number): Promise<ConversationEvent[]>;
  requestHuman(access: ConversationAccess): Promise<unknown>;
  rate(access: ConversationAccess, seq: number, rating: Rating): Promise<unknown>;
  /** Deletes the conversation and every record of it on the server. */
  erase(access: ConversationAccess): Promise<unknown>;
  socketUrl(access: ConversationAccess, after: number): string;
}

export function createCustomerApi(base: string): CustomerApi {
  const conversation = (access: ConversationAccess) => "/v1/conversations/" + encodeURIComponent(access.conversationId);
  return {
    widgetConfig: async (siteId) => readWidgetConfig(await requestJson(base, "GET", `/v1/sites/${encodeURIComponent(siteId)}/widget-config`)),
    startConversation: (siteId, language) =>
      requestJson(base, "POST", `/v1/sites/${encodeURIComponent(siteId)}/conversations`, { body: language ? { language } : {} }),
    sendMessage: (access, message) => requestJson(base, "POST", conversation(access) + "/messages", { token: access.token, body: message }),
    eventsAfter: async (access, after) =>
      (await requestJson<{ events: ConversationEvent[] }>(base, "GET", conversation(access) + "/events?after=" + after, { token: access.token })).events,
    requestHuman: (access) => requestJson(base, "POST", conversation(access) + "/handoff", { token: access.token, body: {} }),
    rate: (access, seq, rating) => requestJson(base, "POST", conversation(access) + "/rating", { token: access.token, body: { seq, rating } }),
    erase: (access) => requestJson(base, "DELETE", conversation(access), { token: access.token }),
    socketUrl: (access, after) =>
      base.replace(/^http/, "ws") + conversation(access) + "/socket?token=" + encodeURIComponent(access.token) + "&after=" + after,
  };
}

/** Keeps only what has the documented shape: a wrong field must not break the panel, only go unused. */
function readWidgetConfig(value: unknown): SiteWidgetConfig {
  const body = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
  const strings = (list: unknown) => (Array.isArray(list) ? list.filter((item): item is string => typeof item === "string") : []);
  const greeting = body.greeting;
  return {
    allowedLinkDomains: strings(body.allowedLinkDomains),
    languages: strings(body.languages),
    greeting:
      typeof greeting === "object" && greeting !== null
        ? Object.fromEntries(Object.entries(greeting).filter((entry): entry is [string, string] => typeof entry[1] === "string"))
        : undefined,
  };
}
