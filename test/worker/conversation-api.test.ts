import { describe, expect, it } from "vitest";
import { call, send, startConversation } from "./api.ts";

describe("customer API", () => {
  it("starts a conversation for a known site and refuses an unknown one", async () => {
    const { conversationId, token } = await startConversation();
    expect(conversationId).toMatch(/^[0-9a-f]{64}$/);
    expect(token).toBeTruthy();
    const res = await call("/v1/sites/nope/conversations", { method: "POST" });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "not_found" } });
  });

  it("stores a message with a sequence number and returns a decision", async () => {
    const conv = await startConversation();
    const res = await send(conv, "How long does delivery take?");
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.message).toMatchObject({ seq: 1, role: "customer", text: "How long does delivery take?" });
    expect(body.decision).toMatchObject({ outcome: expect.any(String), reasons: expect.any(Array), checks: expect.any(Array) });
  });
});
