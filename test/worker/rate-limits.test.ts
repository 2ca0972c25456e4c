import { describe, expect, it } from "vitest";
import { ADMIN, call, send, startConversation } from "./api.ts";

describe("flood limits", () => {
  it("answers 429 with Retry-After when one conversation sends too fast, and keeps serving others", async () => {
    await call("/v1/admin/sites/floody", { method: "PUT", headers: ADMIN, json: { limits: { messagesPerMinute: 3 } } });
    const flooder = await startConversation("floody");
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await send(flooder, `message number ${i}`)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const limited = await send(flooder, "one more");
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await limited.json()).toMatchObject({ error: { code: "rate_limited" } });
    // A retry of an accepted message is still answered, and nothing refused was stored.
    const events = ((await (await call(`/v1/conversations/${flooder.conversationId}/events`, { headers: flooder.auth })).json()) as any).events;
    expect(events.filter((e: any) => e.role === "customer")).toHaveLength(3);

    const neighbour = await startConversation("floody");
    expect((await send(neighbour, "hello")).status).toBe(200);
  });

  it("limits the conversations one address starts per minute", async () => {
    await call("/v1/admin/sites/ipcap", { method: "PUT", headers: ADMIN, json: { limits: { conversationsPerIpPerMinute: 2 } } });
    const from = (ip: string) => call("/v1/sites/ipcap/conversations", { method: "POST", headers: { "cf-connecting-ip": ip } });
    expect([(await from("203.0.113.7")).status, (await from("203.0.113.7")).status]).toEqual([201, 201]);
    const third = await from("203.0.113.7");
    expect(third.status).toBe(429);
    expect(third.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await from("198.51.100.1")).status).toBe(201);
  });
});
