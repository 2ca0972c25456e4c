// Admin routes for insight: analytics by day, the shadow report, the conversation list, audit trails,
// exports (JSON or CSV), and erasure of a conversation.
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { Env } from "../env.ts";
import type { DecisionRecord } from "../guard/decision.ts";
import { eachDay, siteAnalytics } from "../insight/analytics.ts";
import { toCsv } from "../insight/csv.ts";
import { eraseConversation } from "../insight/erase.ts";
import { siteShadowReport } from "../insight/shadow.ts";
import { parseWith } from "./body.ts";
import { requireBearer } from "./bearer.ts";
import { ApiError, unwrap } from "./errors.ts";
import { conversationOr404, requireSite, siteStub } from "./sites.ts";

const MAX_RANGE_DAYS = 366;
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a day as YYYY-MM-DD").refine((d) => !Number.isNaN(Date.parse(d)), "not a real day");
const rangeQuery = z
  .object({ from: day.optional(), to: day.optional(), format: z.enum(["json", "csv"]).default("json") })
  .transform((q) => {
    const to = q.to ?? new Date().toISOString().slice(0, 10);
    const from = q.from ?? new Date(Date.parse(to) - 13 * 86_400_000).toISOString().slice(0, 10);
    return { ...q, from, to };
  })
  .refine((q) => q.from <= q.to, { message: "from must not be after to", path: ["from"] })
  .refine((q) => eachDay(q.from, q.to).length <= MAX_RANGE_DAYS, { message: `at most ${MAX_RANGE_DAYS} days`, path: ["from"] });

export const insightRoutes = new Hono<{ Bindings: Env }>();

insightRoutes.use("*", requireBearer("STEWARD_ADMIN_TOKEN"));

insightRoutes.get("/sites/:siteId/analytics", async (c) => {
  const site = await requireSite(c.env, c.req.param("siteId"));
  const query = parseWith(rangeQuery, c.req.query());
  const analytics = await siteAnalytics(c.env.DB, site.siteId, query.from, query.to);
  if (query.format === "json") return c.json(analytics);
  const reasons = [...new Set(analytics.days.flatMap((d) => Object.keys(d.escalationsByReason)))].sort();
  const csv = toCsv(
    ["day", "conversations", "customer_messages", "auto_sent", "suggested", "escalated", "excluded", "shadow", "escalations", "automation_rate",
      "median_first_human_reply_seconds", "ratings_up", "ratings_down", ...reasons.map((r) => `escalations_${r}`)],
    analytics.days.map((d) => [d.day, d.conversations, d.customerMessages, d.autoSent, d.suggested, d.escalated, d.excluded, d.shadow,
      d.escalations, d.automationRate, d.medianFirstHumanReplySeconds, d.ratings.up, d.ratings.down, ...reasons.map((r) => d.escalationsByReason[r] ?? 0)]),
  );
  return csvResponse(c, csv, `${site.siteId}-analytics-${query.from}-${query.to}.csv`);
});

insightRoutes.get("/sites/:siteId/shadow", async (c) => {
  const site = await requireSite(c.env, c.req.param("siteId"));
  const query = parseWith(rangeQuery, c.req.query());
  return c.json(await siteShadowReport(c.env.DB, site.siteId, query.from, query.to));
});

insightRoutes.get("/sites/:siteId/conversations", async (c) => {
  const site = await requireSite(c.env, c.req.param("siteId"));
  const { q, limit } = parseWith(
    z.object({ q: z.string().max(200).default(""), limit: z.coerce.number().int().min(1).max(500).default(50) }),
    c.req.query(),
  );
  return c.json({ conversations: await siteStub(c.env, site.siteId).searchConversations(q, limit) });
});

insightRoutes.get("/conversations/:id/audit", async (c) => {
  const { format } = parseWith(z.object({ format: z.enum(["json", "csv"]).default("json") }), c.req.query());
  const snapshot = unwrap(await conversationOr404(c.env, c.req.param("id")).snapshot());
  const { conversation: summary, events, decisions } = snapshot;
  if (format === "json") return c.json({ conversationId: summary.id, siteId: summary.siteId, events, records: decisions });
  return csvResponse(c, auditCsv(decisions), `conversation-${summary.id.slice(0, 12)}-audit.csv`);
});

insightRoutes.delete("/conversations/:id", async (c) => {
  const stub = conversationOr404(c.env, c.req.param("id"));
  const meta = await stub.meta();
  if (!meta) throw new ApiError("not_found", "No such conversation.");
  await eraseConversation(c.env, meta.conversationId, meta.siteId);
  return c.json({ erased: meta.conversationId });
});

function auditCsv(records: DecisionRecord[]): string {
  return toCsv(
    ["id", "seq", "at", "mode", "outcome", "auto_sent", "discarded", "reasons", "checks", "knowledge", "draft", "provider", "latency_ms"],
    records.map((r) => [
      r.id,
      r.seq,
      r.at,
      r.mode,
      r.outcome,
      r.autoSent,
      r.discarded ?? "",
      r.reasons.join(" "),
      r.checks.map((k) => `${k.id}=${k.verdict}(${k.score}/${k.threshold})`).join(" "),
      r.knowledge.map((k) => `${k.id}:${k.score}`).join(" "),
      r.draft?.text ?? "",
      r.draft?.provider ?? "",
      r.latencyMs,
    ]),
  );
}

function csvResponse(c: Context, csv: string, filename: string): Response {
  return c.body(csv, 200, { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"` });
}
