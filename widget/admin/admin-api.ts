// The admin routes of /v1 the dashboard reads (analytics, conversations, audit, site, shadow report), typed
// from the server's own modules so a change of contract fails the type check, plus raw exports.
import type { ConversationSummary } from "../../shared/inbox.ts";
import type { ConversationEvent } from "../../shared/protocol.ts";
import type { DecisionRecord } from "../../worker/guard/decision.ts";
import type { Policy } from "../../worker/guard/policy.ts";
import type { Analytics, DayFigures, ShadowReport } from "../../shared/insight.ts";
import { ApiError, requestJson, Unreachable } from "../lib/http.ts";
import type { DateRange } from "./date-range.ts";

export type { Analytics, ShadowReport };

/** One day's figures, or the period's totals. */
export type Counts = DayFigures;
export type CheckRate = Analytics["checks"][string];
export type ListedConversation = ConversationSummary;

export interface Audit {
  conversationId: string;
  siteId: string;
  events: ConversationEvent[];
  records: DecisionRecord[];
}

export type Mode = Policy["mode"];

export interface Site {
  siteId: string;
  policy: Policy;
  updatedAt: string;
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

/** The export is fetched with the bearer header (a plain link cannot carry it), kept as the server's own bytes. */
async function download(base: string, token: string, path: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(base + path, { headers: { authorization: "Bearer " + token }, credentials: "omit" });
  } catch (error) {
    throw new Unreachable(error);
  }
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => undefined));
  return response.blob();
}
