import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ConversationDO } from "../../worker/conversation/conversation-do.ts";
import { ADMIN, call, conversationObject, decisionOf, send, startConversation } from "./api.ts";

async function events(conv: { conversationId: string; auth: HeadersInit }, after = 0) {
  const res = await call(`/v1/conversations/${conv.conversationId}/events?after=${after}`, { headers: conv.auth });
  expect(res.status).toBe(200);
  return ((await res.json()) as { events: any[] }).events;
}

describe("starting a conversation", () => {
  it("gives a conversation id and a token for a known site", async () => {
    const { conversationId, token } = await startConversation();
    expect(conversationId).toMatch(/^[0-9a-f]{64}$/);
    expect(token.length).toBeGreaterThan(20);
  });

  it("answers 404 with a JSON error for an unknown site", async () => {
    const res = await call("/v1/sites/nope/conversations", { method: "POST" });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "not_found", message: expect.stringContaining("nope") } });
  });
});

describe("widget configuration", () => {
  it("tells the widget which domains it may link to, and refuses a foreign origin", async () => {
    await call("/v1/admin/sites/linky", {
      method: "PUT",
      headers: ADMIN,
      json: { allowedOrigins: ["https://linky.example"], output: { allowedLinkDomains: ["linky.example"] }, languages: ["en", "fr"] },
    });
    const res = await call("/v1/sites/linky/widget-config", { headers: { origin: "https://linky.example" } });
    expect(await res.json()).toEqual({ allowedLinkDomains: ["linky.example"], languages: ["en", "fr"], greeting: {} });
    expect((await call("/v1/sites/linky/widget-config", { headers: { origin: "https://other.example" } })).status).toBe(403);
  });
});

describe("sending messages", () => {
  it("stores the message with a sequence number and points to the decision taken on it", async () => {
    const conv = await startConversation();
    const res = await send(conv, "  How long does delivery take?  ");
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.message).toMatchObject({ seq: 1, role: "customer", text: "How long does delivery take?" });
    const decision = await decisionOf(conv.conversationId, body);
    expect(decision).toMatchObject({
      id: body.decisionId,
      outcome: expect.stringMatching(/^(auto_sent|escalated)$/),
      reasons: expect.any(Array),
      checks: expect.any(Array),
      conversationId: conv.conversationId,
      seq: 1,
    });
    if (decision.outcome === "auto_sent") expect(body.reply).toMatchObject({ role: "bot", seq: 2 });
  });

  it("stores a message sent twice with the same clientMessageId once, and answers the same both times", async () => {
    const conv = await startConversation();
    const first = await (await send(conv, "Do you ship to Belgium?", "msg-1")).json();
    const second = await (await send(conv, "Do you ship to Belgium?", "msg-1")).json();
    expect(second).toEqual(first);
    const customerLines = (await events(conv)).filter((e) => e.role === "customer");
    expect(customerLines).toHaveLength(1);
  });

  it("answers a retry of a message stored by an earlier version without the decision record it stored", async () => {
    const conv = await startConversation();
    const first = (await (await send(conv, "Do you ship to Belgium?", "msg-old")).json()) as any;
    const record = await decisionOf(conv.conversationId, first);
    const stub = conversationObject(conv.conversationId);
    await runInDurableObject(stub, (instance: ConversationDO) => {
      const { sql } = (instance as unknown as { ctx: DurableObjectState }).ctx.storage;
      const earlier = { message: first.message, reply: first.reply, decision: record };
      sql.exec("UPDATE intake SET result = ? WHERE client_message_id = ?", JSON.stringify(earlier), "msg-old");
    });
    const retry = (await (await send(conv, "Do you ship to Belgium?", "msg-old")).json()) as any;
    expect(retry).toEqual(first);
  });

  it("stores one message when the same clientMessageId arrives ten times at once", async () => {
    const conv = await startConversation();
    const results = await Promise.all(Array.from({ length: 10 }, () => send(conv, "Where is my parcel?", "burst-1")));
    const bodies = await Promise.all(results.map((r) => r.json()));
    for (const body of bodies) expect(body).toEqual(bodies[0]);
    expect((await events(conv)).filter((e) => e.role === "customer")).toHaveLength(1);
  });

  it("returns the events after a given sequence number, in order", async () => {
    const conv = await startConversation();
    await send(conv, "first question about sizes");
    await send(conv, "second question about returns");
    const all = await events(conv);
    expect(all.map((e) => e.seq)).toEqual(all.map((_, i) => i + 1));
    const later = await events(conv, 2);
    expect(later).toEqual(all.slice(2));
  });
});

describe("customer attributes", () => {
  it("lets a site exclude customers by what the page says about them", async () => {
    await call("/v1/admin/sites/vip", {
      method: "PUT",
      headers: ADMIN,
      json: { exclusions: [{ id: "enterprise", attributes: { plan: "enterprise" } }] },
    });
    const conv = await startConversation("vip");
    const res = await call(`/v1/conversations/${conv.conversationId}/messages`, {
      method: "POST",
      headers: conv.auth,
      json: { clientMessageId: "m1", text: "How do I reset my password?", customer: { plan: "enterprise", name: "Ada" } },
    });
    const turn = (await res.json()) as any;
    expect(await decisionOf(conv.conversationId, turn)).toMatchObject({ outcome: "excluded", reasons: ["exclusion"] });
    expect(turn.reply).toBeNull();
  });
});

describe("refusing bad requests without storing anything", () => {
  it.each([
    ["an empty text", { clientMessageId: "a", text: "   " }, "text"],
    ["a text over 4,000 characters", { clientMessageId: "a", text: "x".repeat(4001) }, "text"],
    ["a missing clientMessageId", { text: "hello" }, "clientMessageId"],
    ["a text that is not a string", { clientMessageId: "a", text: 42 }, "text"],
  ])("answers 400 naming the field for %s", async (_, json, field) => {
    const conv = await startConversation();
    const res = await call(`/v1/conversations/${conv.conversationId}/messages`, { method: "POST", headers: conv.auth, json });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: "invalid_field", field } });
    expect(await events(conv)).toEqual([]);
  });

  it("answers 400 naming the body when it is not JSON", async () => {
    const conv = await startConversation();
    const res = await call(`/v1/conversations/${conv.conversationId}/messages`, {
      method: "POST",
      headers: { ...conv.auth, "content-type": "application/json" },
      body: "{not json",
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: "bad_request", field: "body" } });
  });

  it("keeps what was accepted before a bad request", async () => {
    const conv = await startConversation();
    await send(conv, "a good message");
    await send(conv, "");
    expect((await events(conv)).filter((e) => e.role === "customer").map((e) => e.text)).toEqual(["a good message"]);
  });
});

describe("conversation tokens", () => {
  it("refuses a missing, a wrong and a forged token with 401", async () => {
    const conv = await startConversation();
    const path = `/v1/conversations/${conv.conversationId}/events`;
    expect((await call(path)).status).toBe(401);
    expect((await call(path, { headers: { authorization: "Bearer nonsense" } })).status).toBe(401);
    const [payload] = conv.token.split(".");
    expect((await call(path, { headers: { authorization: `Bearer ${payload}.AAAA` } })).status).toBe(401);
  });

  it("refuses another conversation's token with 401", async () => {
    const mine = await startConversation();
    const theirs = await startConversation();
    const res = await call(`/v1/conversations/${theirs.conversationId}/events`, { headers: mine.auth });
    expect(res.status).toBe(401);
    const post = await send({ conversationId: theirs.conversationId, auth: mine.auth }, "let me in");
    expect(post.status).toBe(401);
  });
});

describe("allowed origins", () => {
  it("refuses a browser origin the site does not allow, and answers an allowed one with exact CORS", async () => {
    const put = await call("/v1/admin/sites/shop", { method: "PUT", headers: ADMIN, json: { allowedOrigins: ["https://shop.example"] } });
    expect(put.status).toBe(200);
    const evil = await call("/v1/sites/shop/conversations", { method: "POST", headers: { origin: "https://evil.example" } });
    expect(evil.status).toBe(403);
    expect(await evil.json()).toMatchObject({ error: { code: "forbidden" } });
    const good = await call("/v1/sites/shop/conversations", { method: "POST", headers: { origin: "https://shop.example" } });
    expect(good.status).toBe(201);
    expect(good.headers.get("access-control-allow-origin")).toBe("https://shop.example");
    const { conversationId, token } = (await good.json()) as any;
    const fromEvil = await call(`/v1/conversations/${conversationId}/events`, {
      headers: { authorization: `Bearer ${token}`, origin: "https://evil.example" },
    });
    expect(fromEvil.status).toBe(403);
  });
});

describe("asking for a person", () => {
  it.each([
    ["en", "I want to talk to a human"],
    ["fr", "un conseiller svp"],
    ["de", "Ich möchte mit einem Mitarbeiter sprechen"],
    ["es", "quiero hablar con una persona"],
  ])("hands over when the customer types a request for a person (%s)", async (_, text) => {
    const conv = await startConversation();
    const turn = (await (await send(conv, text)).json()) as any;
    expect(turn.reply).toBeNull();
    expect(await decisionOf(conv.conversationId, turn)).toMatchObject({ outcome: "escalated", reasons: ["human_request"] });
    const states = (await events(conv)).filter((e) => e.type === "state");
    expect(states).toEqual([expect.objectContaining({ state: "waiting_human", reasons: ["human_request"] })]);
  });

  it("announces the handoff in the customer's language", async () => {
    const conv = await startConversation();
    await send(conv, "Bonjour, je voudrais parler à un conseiller s'il vous plaît");
    const system = (await events(conv)).find((e) => e.role === "system");
    expect(system.text).toBe("Un conseiller de notre équipe va prendre le relais dans quelques instants.");
  });

  it("moves the conversation to waiting_human, announces it, and keeps the bot silent afterwards", async () => {
    const conv = await startConversation();
    const res = await call(`/v1/conversations/${conv.conversationId}/handoff`, { method: "POST", headers: conv.auth });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ state: "waiting_human", events: [{ type: "state" }, { type: "message", role: "system" }] });
    const after = await events(conv);
    expect(after[0]).toMatchObject({ type: "state", state: "waiting_human", reasons: ["customer_request"] });
    expect(after[1]).toMatchObject({ type: "message", role: "system" });
    const turn = (await (await send(conv, "hello? anyone?")).json()) as any;
    expect(turn.reply).toBeNull();
    expect(turn.decisionId).toBeNull();
    expect((await events(conv)).filter((e) => e.role === "bot")).toEqual([]);
  });
});
