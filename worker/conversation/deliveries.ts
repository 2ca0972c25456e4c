// Delivers what a conversation's outbox holds: insight rows to D1 (one batch), webhooks one by one.
import type { Env } from "../env.ts";
import type { DecisionRecord } from "../guard/decision.ts";
import { insightStatement, type InsightItem, type QueuedInsight } from "../insight/activity.ts";
import type { Outbox } from "./outbox.ts";
import { deliverWebhook, type WebhookDelivery } from "./webhook.ts";

/** `decision` finds a queued decision record in the conversation's table (null once erased: nothing to send). */
export async function deliverDue(outbox: Outbox, env: Env, cutoff: number, decision: (id: string) => DecisionRecord | null): Promise<void> {
  const due = outbox.due(cutoff);
  const insight = due.filter((item) => item.kind === "d1");
  if (insight.length > 0) {
    try {
      const items = insight.flatMap((item): InsightItem[] => {
        const queued = JSON.parse(item.payload) as QueuedInsight;
        if (queued.table === "activity") return [queued];
        const record = "record" in queued ? queued.record : decision(queued.id);
        return record ? [{ table: "decisions", record }] : [];
      });
      // One batch is one transaction: either every row is stored or none, and then all are retried.
      if (items.length > 0) await env.DB.batch(items.map((item) => insightStatement(env.DB, item)));
      outbox.delivered(insight.map((item) => item.id));
    } catch (error) {
      for (const item of insight) outbox.failed(item, message(error), Date.now());
    }
  }
  for (const item of due.filter((i) => i.kind === "webhook")) {
    try {
      const delivery = JSON.parse(item.payload) as WebhookDelivery;
      const secret = env[delivery.secretName];
      if (typeof secret !== "string" || secret === "") throw new Error(`the secret ${delivery.secretName} is not set`);
      await deliverWebhook(delivery, secret, new Date());
      outbox.delivered([item.id]);
    } catch (error) {
      outbox.failed(item, message(error), Date.now());
    }
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
