import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { ConversationDO } from "../../worker/conversation/conversation-do.ts";
import { ADMIN, call, conversationObject, decisionOf, send, startConversation } from "./api.ts";

const today = new Date().toISOString().slice(0, 10);
/** Runs the conversation's alarm, which forwards its pending rows to D1. */
const flush = (id: string) => runDurableObjectAlarm(conversationObject(id));

async function json(path: string) {
  const res = await call(path, { headers: ADMIN });
  expect(res.status).toBe(200);
  return (await res.json()) as any;
}

async function d1Rows(conversationId: string) {
  const decisions = await env.DB.prepare("SELECT COUNT(*) AS n FROM decisions WHERE conversation_id = ?").bind(conversationId).first<{ n: number }>();
  const activity = await env.DB.prepare("SELECT COUNT(*) AS n FROM activity WHERE conversation_id = ?").bind(conversationId).first<{ n: number }>();
  return decisions!.n + activity!.n;
}

describe("analytics", () => {
  it("counts conversations, messages, outcomes and escalation reasons per day", async () => {
    await call("/v1/admin/sites/stats", { method: "PUT", headers: ADMIN, json: {} });
    const a = await startConversation("stats");
    await send(a, "I want to talk to a human please");
    await send(a, "Hello, is anyone there?");
    const b = await startConversation("stats");
    await call(`/v1/conversations/${b.conversationId}/handoff`, { method: "POST", headers: b.auth });
    await call(`/v1/agent/conversations/${b.conversationId}/messages`, {
      method: "POST",
      headers: { authorization: "Bearer local-agent-token" },
      json: { clientMessageId: "first", text: "Hi, I'm here.", agent: "Ana" },
    });
    await flush(a.conversationId);
    await flush(b.conversationId);

    const analytics = await json(`/v1/admin/sites/stats/analytics?from=${today}&to=${today}`);
    expect(analytics.days).toHaveLength(1);
    expect(analytics.totals).toMatchObject({ conversations: 2, customerMessages: 2, escalations: 2 });
    expect(analytics.totals.escalationsByReason).toMatchObject({ customer_request: 1 });
    const reasons = Object.keys(analytics.totals.escalationsByReason);
    expect(reasons.length).toBeGreaterThanOrEqual(2);
    expect(analytics.totals.medianFirstHumanReplySeconds).toEqual(expect.any(Number));
    expect(analytics.checks.human_request.runs).toBeGreaterThanOrEqual(1);
    expect(analytics.checks.human_request.blocks).toBeGreaterThanOrEqual(1);

    const csv = await call(`/v1/admin/sites/stats/analytics?from=${today}&to=${today}&format=csv`, { headers: ADMIN });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const [header, row] = (await csv.text()).trim().split("\r\n");
    expect(header).toMatch(/^day,conversations,customer_messages,auto_sent/);
    expect(row).toMatch(new RegExp(`^${today},2,2,`));
  });

  it("rejects a reversed or malformed date range by naming the field", async () => {
    const res = await call("/v1/admin/sites/demo/analytics?from=2026-02-10&to=2026-02-01", { headers: ADMIN });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { field: "from" } });
    const bad = await call("/v1/admin/sites/demo/analytics?to=yesterday", { headers: ADMIN });
    expect(await bad.json()).toMatchObject({ error: { field: "to" } });
  });

  it("counts the customer's ratings of answers, once per answer", async () => {
    await call("/v1/admin/sites/rated", { method: "PUT", headers: ADMIN, json: {} });
    const conv = await startConversation("rated");
    const bad = await call(`/v1/conversations/${conv.conversationId}/rating`, { method: "POST", headers: conv.auth, json: { seq: 99, rating: "up" } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { field: "seq" } });
    // Ratings need a bot answer: give the conversation one through its storage, as a turn would.
    const seq = await runInDurableObject(conversationObject(conv.conversationId), (instance: ConversationDO) => {
      const t = (instance as unknown as { transcript: { append: Function } }).transcript;
      return t.append({ type: "message", role: "bot", text: "Delivery takes 3 days." }, 1, new Date()).seq as number;
    });
    const up = await call(`/v1/conversations/${conv.conversationId}/rating`, { method: "POST", headers: conv.auth, json: { seq, rating: "up" } });
    expect(up.status).toBe(200);
    await call(`/v1/conversations/${conv.conversationId}/rating`, { method: "POST", headers: conv.auth, json: { seq, rating: "up" } });
    await flush(conv.conversationId);
    const analytics = await json(`/v1/admin/sites/rated/analytics?from=${today}&to=${today}`);
    expect(analytics.totals.ratings).toEqual({ up: 1, down: 0 });
  });
});

describe("audit trail", () => {
  it("gives every decision record of a conversation in order, as JSON and CSV", async () => {
    const conv = await startConversation();
    await send(conv, "What are your delivery times?");
    await send(conv, "And the shipping costs?");
    const audit = await json(`/v1/admin/conversations/${conv.conversationId}/audit`);
    expect(audit.records.map((r: any) => r.seq)).toEqual([...audit.records.map((r: any) => r.seq)].sort((x: number, y: number) => x - y));
    expect(audit.records[0]).toMatchObject({ checks: expect.any(Array), outcome: expect.any(String), latencyMs: expect.any(Number) });
    expect(audit.events[0]).toMatchObject({ role: "customer", text: "What are your delivery times?" });
    const csv = await (await call(`/v1/admin/conversations/${conv.conversationId}/audit?format=csv`, { headers: ADMIN })).text();
    expect(csv.trim().split("\r\n")).toHaveLength(1 + audit.records.length);
  });

  it("finds conversations by what the customer wrote", async () => {
    await call("/v1/admin/sites/searchable", { method: "PUT", headers: ADMIN, json: {} });
    const conv = await startConversation("searchable");
    await send(conv, "my zebra-striped scarf never arrived");
    await new Promise((r) => setTimeout(r, 50));
    const found = await json("/v1/admin/sites/searchable/conversations?q=zebra");
    expect(found.conversations.map((c: any) => c.id)).toContain(conv.conversationId);
    const byId = await json(`/v1/admin/sites/searchable/conversations?q=${conv.conversationId}`);
    expect(byId.conversations.map((c: any) => c.id)).toEqual([conv.conversationId]);
    const none = await json("/v1/admin/sites/searchable/conversations?q=giraffe");
    expect(none.conversations).toEqual([]);
  });
});

describe("erasure and retention", () => {
  it("erases a conversation everywhere when the customer asks", async () => {
    const conv = await startConversation();
    await send(conv, "Please forget me after this question about sizes");
    await flush(conv.conversationId);
    expect(await d1Rows(conv.conversationId)).toBeGreaterThan(0);

    const res = await call(`/v1/conversations/${conv.conversationId}`, { method: "DELETE", headers: conv.auth });
    expect(res.status).toBe(200);
    expect(await d1Rows(conv.conversationId)).toBe(0);
    expect((await call(`/v1/conversations/${conv.conversationId}/events`, { headers: conv.auth })).status).toBe(404);
    expect((await call(`/v1/admin/conversations/${conv.conversationId}/audit`, { headers: ADMIN })).status).toBe(404);
  });

  it("erases a conversation everywhere when an admin deletes it", async () => {
    const conv = await startConversation();
    await send(conv, "A question about invoices");
    await flush(conv.conversationId);
    const res = await call(`/v1/admin/conversations/${conv.conversationId}`, { method: "DELETE", headers: ADMIN });
    expect(res.status).toBe(200);
    expect(await d1Rows(conv.conversationId)).toBe(0);
    expect(await conversationObject(conv.conversationId).meta()).toBeNull();
  });

  it("deletes transcripts and records once the site's retention period has passed", async () => {
    await call("/v1/admin/sites/brief", { method: "PUT", headers: ADMIN, json: { retentionDays: 1 } });
    const kept = await startConversation("brief");
    const old = await startConversation("brief");
    for (const conv of [kept, old]) {
      await send(conv, "How do I reset my password?");
      await flush(conv.conversationId);
    }
    // Make one conversation's last activity two days old, as if time had passed.
    await runInDurableObject(conversationObject(old.conversationId), (instance: ConversationDO) => {
      const t = (instance as unknown as { transcript: { writeMeta: Function } }).transcript;
      t.writeMeta({ lastActivityAt: new Date(Date.now() - 2 * 86_400_000).toISOString() });
    });
    await flush(old.conversationId);
    await flush(kept.conversationId);
    expect(await conversationObject(old.conversationId).meta()).toBeNull();
    expect(await d1Rows(old.conversationId)).toBe(0);
    expect(await conversationObject(kept.conversationId).meta()).not.toBeNull();
    expect(await d1Rows(kept.conversationId)).toBeGreaterThan(0);
  });
});

describe("shadow mode", () => {
  it("sends nothing, hands every conversation to a person, and reports what would have been sent", async () => {
    await call("/v1/admin/sites/shadowy", { method: "PUT", headers: ADMIN, json: { mode: "shadow" } });
    await call("/v1/admin/sites/shadowy/knowledge", {
      method: "PUT",
      headers: { ...ADMIN, "content-type": "application/json" },
      body: JSON.stringify({ articles: [{ id: "hours", title: "Opening hours", text: "The shop is open from Tuesday to Saturday, from 10:00 to 19:00.", language: "en" }] }),
    });
    const conv = await startConversation("shadowy");
    const turn = (await (await send(conv, "When is the shop open?")).json()) as any;
    expect(turn.reply).toBeNull();
    expect((await decisionOf(conv.conversationId, turn)).mode).toBe("shadow");
    const other = await startConversation("shadowy");
    await send(other, "I want to speak to a person");
    await flush(conv.conversationId);
    await flush(other.conversationId);
    const report = await json(`/v1/admin/sites/shadowy/shadow?from=${today}&to=${today}`);
    expect(report.decisions).toBe(2);
    expect(report.blockedByReason).toMatchObject({ human_request: 1 });
    expect(report.examples).toHaveLength(2);
  });
});
