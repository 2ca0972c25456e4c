// Webhooks to a site's own helpdesk: JSON body, HMAC-SHA256 signature over "<timestamp>.<body>".
// Receivers verify `Steward-Signature: t=<unix seconds>,v1=<hex>` and dedupe on `Steward-Event-Id`.

export interface WebhookEvent {
  id: string;
  type: "conversation.escalated" | "conversation.closed";
  siteId: string;
  conversationId: string;
  at: string;
  reasons: string[];
  explanations: string[];
  /** Where an agent opens the conversation. */
  link: string;
}

export interface WebhookDelivery {
  url: string;
  secretName: string;
  event: WebhookEvent;
}

const encoder = new TextEncoder();

export async function signature(secret: string, timestamp: number, body: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(`${timestamp}.${body}`));
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Posts the event; resolves when the receiver acknowledged it with a 2xx, throws otherwise. */
export async function deliverWebhook(delivery: WebhookDelivery, secret: string, now: Date): Promise<void> {
  const body = JSON.stringify(delivery.event);
  const timestamp = Math.floor(now.getTime() / 1000);
  const response = await fetch(delivery.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "steward-event-id": delivery.event.id,
      "steward-signature": `t=${timestamp},v1=${await signature(secret, timestamp, body)}`,
    },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`the receiver answered ${response.status}`);
}
