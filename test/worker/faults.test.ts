// Faults outside and inside: a reply engine that fails, an object restarted in the middle of a turn.
import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ConversationDO } from "../../worker/conversation/conversation-do.ts";
import { ADMIN, call, conversationObject, decisionOf, send, startConversation } from "./api.ts";

async function modelSite(siteId: string, behaviour: Record<string, unknown>) {
  await call(`/v1/admin/sites/${siteId}`, {
    method: "PUT",
    headers: ADMIN,
    json: { provider: { kind: "openai", baseUrl: `https://receiver.test/model/${siteId}`, model: "fake-model", timeoutMs: 300 } },
  });
  await call(`/v1/admin/sites/${siteId}/knowledge`, {
    method: "PUT",
    headers: { ...ADMIN, "content-type": "application/json" },
    body: JSON.stringify({ articles: [{ id: "tea", title: "Green tea prices", text: "Green tea costs 12 euros for 100 grams.", language: "en" }] }),
  });
  await fetch(`https://receiver.test/configure/${siteId}`, { method: "POST", body: JSON.stringify(behaviour) });
}

async function events(conv: { conversationId: string; auth: HeadersInit }) {
  return ((await (await call(`/v1/conversations/${conv.conversationId}/events`, { headers: conv.auth })).json()) as { events: any[] }).events;
}

describe("a reply engine that fails", () => {
  it.each([
    ["times out", "slowmodel", { answer: "Green tea costs 12 euros for 100 grams.", delayMs: 1500 }],
    ["answers 503", "downmodel", { status: 503 }],
    ["answers garbage", "junkmodel", { raw: "<html>oops" }],
  ])("escalates with an honest message when the engine %s, and sends nothing unchecked", async (_, siteId, behaviour) => {
    await modelSite(siteId, behaviour);
    const conv = await startConversation(siteId);
    const turn = (await (await send(conv, "How much does green tea cost?")).json()) as any;
    expect(turn.reply).toBeNull();
    expect(await decisionOf(conv.conversationId, turn)).toMatchObject({ outcome: "escalated", reasons: ["provider_error"], autoSent: false });
    const lines = (await events(conv)).filter((e) => e.type === "message");
    expect(lines.map((e) => e.role)).toEqual(["customer", "system"]);
    expect(lines[1].text).toMatch(/can't answer right now/);
  });
});

describe("an object restarted in the middle of a turn", () => {
  it("processes the stored message once when the client retries it, never losing or doubling it", async () => {
    const conv = await startConversation();
    const stub = conversationObject(conv.conversationId);
    // What a crash after storing the message and before deciding leaves behind: the message, an open intake.
    await runInDurableObject(stub, (instance: ConversationDO) => {
      const t = (instance as unknown as { transcript: { append: Function; openIntake: Function } }).transcript;
      const message = t.append({ type: "message", role: "customer", text: "How do I reset my password?", clientMessageId: "crash-1" }, 1, new Date());
      t.openIntake("crash-1", message.seq);
    });
    const retry = (await (await send(conv, "How do I reset my password?", "crash-1")).json()) as any;
    expect(retry.message).toMatchObject({ seq: 1, clientMessageId: "crash-1" });
    expect(await decisionOf(conv.conversationId, retry)).toMatchObject({ seq: 1, outcome: expect.any(String) });
    const again = (await (await send(conv, "How do I reset my password?", "crash-1")).json()) as any;
    expect(again).toEqual(retry);
    expect((await events(conv)).filter((e) => e.role === "customer")).toHaveLength(1);
  });
});
