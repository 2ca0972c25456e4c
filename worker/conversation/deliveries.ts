// Delivers what a conversation's outbox holds: insight rows to D1 (one batch), webhooks one by one.
import type { Env } from "../env.ts";
import { insightStatement, type InsightItem } from "../insight/activity.ts";
import type { Outbox } from "./outbox.ts";
import { deliverWebhook, type WebhookDelivery } from "./webhook.ts";

export async function deliverDue(outbox: Outbox, env: Env, cutoff: number): Promise<void> {
  const due = outbox.due(cutoff);
  const insight = due.filter((item) => item.kind === "d1");
  if (insight.length > 0) {
    try {
      // One batch is one transaction: either every row is stored or none, and then all are retried.
      await env.DB.batch(insight.map((item) => insightStatement(env.DB, JSON.parse(item.payload) as InsightItem)));
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
