import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { send, startConversation } from "./api.ts";

/** Opens the conversation's socket and collects every event frame it receives. */
async function connect(conv: { conversationId: string; token: string }, after: number) {
  const res = await exports.default.fetch(
    new Request(`http://steward.test/v1/conversations/${conv.conversationId}/socket?token=${conv.token}&after=${after}`, {
      headers: { upgrade: "websocket" },
    }),
  );
  expect(res.status).toBe(101);
  const ws = res.webSocket!;
  const seqs: number[] = [];
  const waiters: Array<() => void> = [];
  ws.addEventListener("message", (m: MessageEvent) => {
    const frame = JSON.parse(m.data as string);
    if (frame.type === "events") for (const e of frame.events) seqs.push(e.seq);
    waiters.splice(0).forEach((w) => w());
  });
  ws.accept();
  const until = async (predicate: () => boolean) => {
    while (!predicate()) await new Promise<void>((resolve) => waiters.push(resolve));
  };
  return { ws, seqs, until };
}

describe("live delivery over WebSocket", () => {
  it("delivers new messages to every socket of the conversation", async () => {
    const conv = await startConversation();
    const a = await connect(conv, 0);
    const b = await connect(conv, 0);
    await send(conv, "Is there a store in Lyon?");
    await a.until(() => a.seqs.includes(1));
    await b.until(() => b.seqs.includes(1));
    expect(a.seqs[0]).toBe(1);
    expect(b.seqs[0]).toBe(1);
    a.ws.close();
    b.ws.close();
  });

  it("gives a reconnecting client exactly what it missed, without duplicates", async () => {
    const conv = await startConversation();
    await send(conv, "one");
    await send(conv, "two");
    const all = (await (
      await exports.default.fetch(
        new Request(`http://steward.test/v1/conversations/${conv.conversationId}/events`, { headers: { authorization: `Bearer ${conv.token}` } }),
      )
    ).json()) as { events: { seq: number }[] };
    const last = all.events.at(-1)!.seq;
    const resumed = await connect(conv, 2);
    await resumed.until(() => resumed.seqs.length >= last - 2);
    expect(resumed.seqs).toEqual(all.events.filter((e) => e.seq > 2).map((e) => e.seq));
    await send(conv, "three");
    await resumed.until(() => resumed.seqs.includes(last + 1));
    expect(new Set(resumed.seqs).size).toBe(resumed.seqs.length);
    resumed.ws.close();
  });

  it("refuses a socket without a valid token", async () => {
    const conv = await startConversation();
    const res = await exports.default.fetch(
      new Request(`http://steward.test/v1/conversations/${conv.conversationId}/socket?token=bad`, { headers: { upgrade: "websocket" } }),
    );
    expect(res.status).toBe(401);
  });
});
