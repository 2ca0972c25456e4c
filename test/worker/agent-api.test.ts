import { describe, expect, it } from "vitest";
import { call, conversationObject, send, startConversation } from "./api.ts";

const AGENT = { authorization: "Bearer local-agent-token" };

async function agentPost(id: string, action: string, json: unknown) {
  return call(`/v1/agent/conversations/${id}/${action}`, { method: "POST", headers: AGENT, json });
}

async function customerEvents(conv: { conversationId: string; auth: HeadersInit }) {
  const res = await call(`/v1/conversations/${conv.conversationId}/events`, { headers: conv.auth });
  return ((await res.json()) as { events: any[] }).events;
}

async function waitingConversation() {
  const conv = await startConversation();
  await call(`/v1/conversations/${conv.conversationId}/handoff`, { method: "POST", headers: conv.auth });
  return conv;
}

describe("agent inbox API", () => {
  it("refuses agents without the agent token", async () => {
    expect((await call("/v1/agent/conversations?site=demo")).status).toBe(401);
    expect((await call("/v1/agent/conversations?site=demo", { headers: { authorization: "Bearer local-admin-token" } })).status).toBe(401);
  });

  it("lists waiting conversations first, oldest first, with their reasons", async () => {
    const first = await waitingConversation();
    const second = await waitingConversation();
    // Give the conversations time to tell their site.
    await new Promise((r) => setTimeout(r, 50));
    const res = await call("/v1/agent/conversations?site=demo&state=waiting_human", { headers: AGENT });
    expect(res.status).toBe(200);
    const { conversations } = (await res.json()) as { conversations: any[] };
    const ids = conversations.map((c) => c.id);
    expect(ids.indexOf(first.conversationId)).toBeLessThan(ids.indexOf(second.conversationId));
    expect(conversations.find((c) => c.id === first.conversationId)).toMatchObject({
      state: "waiting_human",
      reasons: ["customer_request"],
      waitingSince: expect.any(String),
    });
  });

  it("rejects an unknown state filter by name", async () => {
    const res = await call("/v1/agent/conversations?site=demo&state=waiting", { headers: AGENT });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { field: "state" } });
  });

  it("lets one agent claim, reply and hand back, and tells the customer each step by name", async () => {
    const conv = await waitingConversation();
    const claim = await agentPost(conv.conversationId, "claim", { agent: "Ana" });
    expect(claim.status).toBe(200);
    expect(await claim.json()).toMatchObject({ conversation: { state: "human", agent: "Ana" } });

    const other = await agentPost(conv.conversationId, "claim", { agent: "Bo" });
    expect(other.status).toBe(409);
    expect((await agentPost(conv.conversationId, "messages", { clientMessageId: "x", text: "Me too", agent: "Bo" })).status).toBe(409);

    const reply = await agentPost(conv.conversationId, "messages", { clientMessageId: "r1", text: "Hello, I'm Ana.", agent: "Ana" });
    expect(reply.status).toBe(200);
    const again = await agentPost(conv.conversationId, "messages", { clientMessageId: "r1", text: "Hello, I'm Ana.", agent: "Ana" });
    expect(await again.json()).toEqual(await reply.json());

    const back = await agentPost(conv.conversationId, "release", { agent: "Ana" });
    expect(await back.json()).toMatchObject({ conversation: { state: "bot", agent: null } });

    const events = await customerEvents(conv);
    const lines = events.filter((e) => e.type === "message").map((e) => `${e.role}:${e.text}`);
    expect(lines).toContain("system:Ana has joined the conversation.");
    expect(lines.filter((l) => l === "agent:Hello, I'm Ana.")).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/^system:You are chatting with the automated assistant again/);
    expect(events.filter((e) => e.type === "state").map((e) => e.state)).toEqual(["waiting_human", "human", "bot"]);
  });

  it("shows an agent the transcript and every decision record", async () => {
    const conv = await startConversation();
    await send(conv, "What sizes do your shoes come in?");
    const res = await call(`/v1/agent/conversations/${conv.conversationId}`, { headers: AGENT });
    const body = (await res.json()) as any;
    expect(body.events[0]).toMatchObject({ role: "customer", text: "What sizes do your shoes come in?" });
    expect(body.decisions).toHaveLength(1);
    expect(body.decisions[0]).toMatchObject({ seq: 1, checks: expect.any(Array), outcome: expect.any(String) });
  });

  it("closes a conversation, and a customer writing again reopens it with the bot in a new episode", async () => {
    const conv = await waitingConversation();
    const closed = await agentPost(conv.conversationId, "close", { agent: "Ana" });
    expect(await closed.json()).toMatchObject({ conversation: { state: "closed" } });
    await send(conv, "One more question about invoices");
    const stub = conversationObject(conv.conversationId);
    expect(await stub.meta()).toMatchObject({ episode: 2 });
    const states = (await customerEvents(conv)).filter((e) => e.type === "state").map((e) => e.state);
    expect(states.slice(0, 3)).toEqual(["waiting_human", "closed", "bot"]);
  });

  it("answers 404 for a conversation that does not exist", async () => {
    const res = await call(`/v1/agent/conversations/${"0".repeat(64)}`, { headers: AGENT });
    expect(res.status).toBe(404);
  });
});
