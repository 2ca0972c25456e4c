import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { ConversationDO } from "../../worker/conversation/conversation-do.ts";
import { conversationObject, decisionOf, send, startConversation } from "./api.ts";

/** A D1 that refuses every statement, as during an outage. */
const unavailableD1 = {
  prepare() {
    throw new Error("D1_ERROR: database unavailable");
  },
} as unknown as D1Database;

/** Gives the conversation's object `db` as its D1: unavailableD1 for an outage, env.DB to end it. */
function useD1(object: DurableObjectStub<ConversationDO>, db: D1Database) {
  return runInDurableObject(object, (instance: ConversationDO) => {
    (instance as unknown as { env: typeof env }).env = { ...env, DB: db };
  });
}

async function rowsFor(conversationId: string) {
  return (await env.DB.prepare("SELECT id, outcome FROM decisions WHERE conversation_id = ?").bind(conversationId).all()).results;
}

describe("decision records reach D1 through the outbox", () => {
  it("forwards every decision record to D1 when the alarm runs", async () => {
    const conv = await startConversation();
    const turn = (await (await send(conv, "Which payment methods do you accept?")).json()) as any;
    await runDurableObjectAlarm(conversationObject(conv.conversationId));
    const decision = await decisionOf(conv.conversationId, turn);
    expect(await rowsFor(conv.conversationId)).toEqual([{ id: turn.decisionId, outcome: decision.outcome }]);
  });

  it("loses no record while D1 is unavailable, and delivers each once when it is back", async () => {
    const conv = await startConversation();
    const stub = conversationObject(conv.conversationId);
    await useD1(stub, unavailableD1);
    const first = (await (await send(conv, "How do I track my parcel?")).json()) as any;
    const second = (await (await send(conv, "Can I change my delivery address?")).json()) as any;
    await runDurableObjectAlarm(stub);
    await runDurableObjectAlarm(stub);
    expect(await rowsFor(conv.conversationId)).toEqual([]);

    await useD1(stub, env.DB);
    // The alarm may also fire on its own schedule meanwhile; either way the next runs deliver.
    for (let i = 0; i < 20 && (await rowsFor(conv.conversationId)).length < 2; i++) {
      await runDurableObjectAlarm(stub);
      await new Promise((r) => setTimeout(r, 20));
    }
    const rows = await rowsFor(conv.conversationId);
    expect(rows.map((r) => r.id).sort()).toEqual([first.decisionId, second.decisionId].sort());
    // Nothing is sent twice: a later alarm leaves D1 as it is.
    await runDurableObjectAlarm(stub);
    expect((await rowsFor(conv.conversationId)).length).toBe(2);
  });

  it("delivers a record an earlier version queued whole, after an upgrade", async () => {
    const conv = await startConversation();
    const stub = conversationObject(conv.conversationId);
    await useD1(stub, unavailableD1);
    const turn = (await (await send(conv, "How do I track my parcel?")).json()) as any;
    const record = await decisionOf(conv.conversationId, turn);
    await runInDurableObject(stub, (instance: ConversationDO) => {
      const { sql } = (instance as unknown as { ctx: DurableObjectState }).ctx.storage;
      // The outbox as the earlier version wrote it, and no other copy of the record to fall back on.
      sql.exec("UPDATE outbox SET payload = ? WHERE id = ?", JSON.stringify({ table: "decisions", record }), record.id);
      sql.exec("DELETE FROM decisions WHERE id = ?", record.id);
    });
    await useD1(stub, env.DB);
    await runDurableObjectAlarm(stub);
    expect(await rowsFor(conv.conversationId)).toEqual([{ id: record.id, outcome: record.outcome }]);
  });
});
