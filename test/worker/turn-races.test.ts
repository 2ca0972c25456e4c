import { describe, expect, it } from "vitest";
import { ADMIN, call, decisionOf, send, startConversation } from "./api.ts";

const AGENT = { authorization: "Bearer local-agent-token" };
const ANSWER = "Green tea costs 12 euros for 100 grams.";

/** A site whose replies come from the fake model `key`, with a small tea knowledge base. */
async function modelSite(siteId: string, key: string) {
  await call(`/v1/admin/sites/${siteId}`, {
    method: "PUT",
    headers: ADMIN,
    json: { provider: { kind: "openai", baseUrl: `https://receiver.test/model/${key}`, model: "fake-model" } },
  });
  await call(`/v1/admin/sites/${siteId}/knowledge`, {
    method: "PUT",
    headers: { ...ADMIN, "content-type": "application/json" },
    body: JSON.stringify({
      articles: [{ id: "tea", title: "Green tea prices", text: `We sell green tea. ${ANSWER}`, language: "en" }],
    }),
  });
  // Slow enough that the test acts while the draft is being written.
  await fetch(`https://receiver.test/configure/${key}`, { method: "POST", body: JSON.stringify({ answer: ANSWER, delayMs: 400 }) });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function transcript(conv: { conversationId: string; auth: HeadersInit }) {
  return ((await (await call(`/v1/conversations/${conv.conversationId}/events`, { headers: conv.auth })).json()) as { events: any[] }).events;
}

describe("drafts that arrive too late", () => {
  it("discards a draft that was in flight when an agent took over, and records why", async () => {
    await modelSite("racy", "racy");
    const conv = await startConversation("racy");
    const pending = send(conv, "How much does green tea cost?");
    await pause(150);

    const claim = await call(`/v1/agent/conversations/${conv.conversationId}/claim`, { method: "POST", headers: AGENT, json: { agent: "Ana" } });
    expect(claim.status).toBe(200);

    const turn = (await (await pending).json()) as any;
    expect(turn.reply).toBeNull();
    expect(await decisionOf(conv.conversationId, turn)).toMatchObject({ discarded: "human_took_over", autoSent: false });
    expect((await transcript(conv)).filter((e) => e.role === "bot")).toEqual([]);
  });

  it("answers a burst of three quick messages once, to the latest", async () => {
    await modelSite("bursty", "bursty");
    const conv = await startConversation("bursty");
    const first = send(conv, "What green tea do you sell?");
    await pause(20);
    const second = send(conv, "Is green tea expensive?");
    await pause(20);
    const third = send(conv, "How much does green tea cost?");

    const turns = (await Promise.all([first, second, third].map(async (p) => (await p).json()))) as any[];
    const decisions = await Promise.all(turns.map((t) => decisionOf(conv.conversationId, t)));
    expect(decisions.map((d) => d.discarded ?? null)).toEqual(["stale", "stale", null]);
    expect(turns[2].reply).toMatchObject({ role: "bot", text: ANSWER });
    expect((await transcript(conv)).filter((e) => e.role === "bot")).toHaveLength(1);
  });
});
