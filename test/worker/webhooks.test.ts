import { runDurableObjectAlarm } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ADMIN, call, conversationObject, send, startConversation } from "./api.ts";

async function received(key: string): Promise<Array<{ status: number; headers: Record<string, string>; body: string }>> {
  return (await fetch(`https://receiver.test/log/${key}`)).json();
}

async function siteWithWebhook(siteId: string, hook: string) {
  const res = await call(`/v1/admin/sites/${siteId}`, { method: "PUT", headers: ADMIN, json: { webhook: { url: hook } } });
  expect(res.status).toBe(200);
}

async function hmacHex(secret: string, data: string) {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(data));
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

describe("webhooks", () => {
  it("posts one signed escalation webhook, retried by the alarm until the receiver acknowledges it", async () => {
    await siteWithWebhook("hooked", "https://receiver.test/hook/retry?fail=2");
    const conv = await startConversation("hooked");
    await call(`/v1/conversations/${conv.conversationId}/handoff`, { method: "POST", headers: conv.auth });
    const stub = conversationObject(conv.conversationId);
    for (let i = 0; i < 3; i++) await runDurableObjectAlarm(stub);

    const log = await received("retry");
    expect(log.map((r) => r.status)).toEqual([500, 500, 200]);
    const event = JSON.parse(log[2]!.body);
    expect(event).toMatchObject({
      type: "conversation.escalated",
      siteId: "hooked",
      conversationId: conv.conversationId,
      reasons: ["customer_request"],
      link: expect.stringContaining(`/agent#/conversations/${conv.conversationId}`),
    });
    // Every attempt carries the same event id, so a receiver can drop duplicates.
    expect(new Set(log.map((r) => r.headers["steward-event-id"]))).toEqual(new Set([event.id]));
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(log[2]!.headers["steward-signature"]!)!;
    expect(v1).toBe(await hmacHex("test-webhook-secret", `${t}.${log[2]!.body}`));

    // Acknowledged: a later alarm sends nothing more.
    await runDurableObjectAlarm(stub);
    expect(await received("retry")).toHaveLength(3);
  });

  it("sends one escalation webhook however many messages the customer sends while waiting", async () => {
    await siteWithWebhook("busy", "https://receiver.test/hook/busy");
    const conv = await startConversation("busy");
    await call(`/v1/conversations/${conv.conversationId}/handoff`, { method: "POST", headers: conv.auth });
    for (let i = 0; i < 10; i++) await send(conv, `are you there? ${i}`);
    await runDurableObjectAlarm(conversationObject(conv.conversationId));
    const log = await received("busy");
    expect(log.filter((r) => JSON.parse(r.body).type === "conversation.escalated")).toHaveLength(1);
    const events = ((await (await call(`/v1/conversations/${conv.conversationId}/events`, { headers: conv.auth })).json()) as any).events;
    expect(events.filter((e: any) => e.type === "state" && e.state === "waiting_human")).toHaveLength(1);
    expect(events.filter((e: any) => e.role === "system")).toHaveLength(1);
  });

  it("posts a close webhook when an agent closes the conversation", async () => {
    await siteWithWebhook("closing", "https://receiver.test/hook/closing");
    const conv = await startConversation("closing");
    await call(`/v1/agent/conversations/${conv.conversationId}/close`, {
      method: "POST",
      headers: { authorization: "Bearer local-agent-token" },
      json: { agent: "Ana" },
    });
    await runDurableObjectAlarm(conversationObject(conv.conversationId));
    expect((await received("closing")).map((r) => JSON.parse(r.body).type)).toEqual(["conversation.closed"]);
  });
});
