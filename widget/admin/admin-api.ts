// The admin routes of /v1 the dashboard reads (analytics, conversations, audit, site, shadow report), typed
// from the contract in worker/http/admin-insight.ts, plus raw exports that keep the server's own bytes.
import type { ConversationEvent, ConversationState, Role } from "../../shared/protocol.ts";
import type { DecisionRecord } from "../../worker/guard/decision.ts";
import { ApiError, requestJson, Unreachable } from "../lib/http.ts";
import type { DateRange } from "./date-range.ts";

export interface Counts {
  conversations: number;
  customerMessages: number;
  autoSent: number;
  suggested: number;
  escalated: number;
  excluded: number;
  shadow: number;
  /** autoSent / decisions, 0..1. */
  automationRate: number;
  escalationsByReason: Record<string, number>;
  medianFirstHumanReplySeconds: number | null;
  ratings: { up: number; down: number };
}

export interface Day extends Counts {
  day: string;
}

export interface CheckRate {
  runs: number;
  blocks: number;
  blockRate: number;
}

export interface Analytics {
  siteId: string;
  from: string;
  to: string;
  days: Day[];
  totals: Counts;
  checks: Record<string, CheckRate>;
}

export interface ListedConversation {
  id: string;
  state: ConversationState;
  reasons: string[];
  agent: string | null;
  createdAt: string;
  updatedAt: string;
  lastMessage: { role: Role; text: string; at: string } | null;
}

export interface Audit {
  conversationId: string;
  siteId: string;
  events: ConversationEvent[];
  records: DecisionRecord[];
}

export type Mode = "auto" | "suggest" | "off" | "shadow";

export interface Site {
  siteId: string;
  policy: { mode: Mode } & Record<string, unknown>;
  updatedAt: string;
}

export interface ShadowReport {
  decisions: number;
  wouldAutoSend: number;
  blockedByReason: Record<string, number>;
  examples: { conversationId: string; seq: number; outcome: string; reasons: string[]; draft: string | null }[];
}

/** A downloadable export: the body as the server sent it, and its content type. */
export interface Export {
  blob: Blob;
  type: string;
}

export interface AdminCredentials {
  token: string;
  siteId: string;
}

export type AdminApi = ReturnType<typeof createAdminApi>;

export function createAdminApi(base: string, { token, siteId }: AdminCredentials) {
  const site = "/v1/admin/sites/" + encodeURIComponent(siteId);
  const audit = (id: string) => "/v1/admin/conversations/" + encodeURIComponent(id) + "/audit";
  const span = (range: DateRange) => `from=${range.from}&to=${range.to}`;
  const get = <T>(path: string, signal?: AbortSignal) => requestJson<T>(base, "GET", path, { token, signal });
  return {
    site: (signal?: AbortSignal) => get<Site>(site, signal),
    analytics: (range: DateRange, signal?: AbortSignal) => get<Analytics>(`${site}/analytics?${span(range)}`, signal),
    shadow: (range: DateRange, signal?: AbortSignal) => get<ShadowReport>(`${site}/shadow?${span(range)}`, signal),
    conversations: async (q: string, signal?: AbortSignal) =>
      (await get<{ conversations: ListedConversation[] }>(`${site}/conversations?q=${encodeURIComponent(q)}&limit=50`, signal)).conversations,
    audit: (id: string, signal?: AbortSignal) => get<Audit>(audit(id), signal),
    analyticsExport: (range: DateRange, format: "csv" | "json") =>
      download(base, token, `${site}/analytics?${span(range)}${format === "csv" ? "&format=csv" : ""}`),
    auditExport: (id: string, format: "csv" | "json") => download(base, token, audit(id) + (format === "csv" ? "?format=csv" : "")),
  };
}

/** The export is fetched with the bearer header (a plain link cannot carry it), then saved from a Blob. */
async function download(base: string, token: string, path: string): Promise<Export> {
  let response: Response;
  try {
    response = await fetch(base + path, { headers: { authorization: "Bearer " + token }, credentials: "omit" });
  } catch (error) {
    throw new Unreachable(error);
  }
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => undefined));
  const blob = await response.blob();
  return { blob, type: response.headers.get("content-type") ?? blob.type };
}
