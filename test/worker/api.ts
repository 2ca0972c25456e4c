// Helpers for tests that call the Worker as a client would.
import { env, exports } from "cloudflare:workers";

export const ADMIN = { authorization: "Bearer local-admin-token" };

export function call(path: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (json !== undefined) headers.set("content-type", "application/json");
  return exports.default.fetch(
    new Request(`http://steward.test${path}`, { ...rest, headers, body: json !== undefined ? JSON.stringify(json) : rest.body }),
  );
}

export async function startConversation(siteId = "demo", headers: HeadersInit = {}) {
  const res = await call(`/v1/sites/${siteId}/conversations`, { method: "POST", headers });
  if (res.status !== 201) throw new Error(`start failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { conversationId: string; token: string };
  return { ...body, auth: { authorization: `Bearer ${body.token}` } };
}

export async function send(conversation: { conversationId: string; auth: HeadersInit }, text: string, clientMessageId = crypto.randomUUID()) {
  return call(`/v1/conversations/${conversation.conversationId}/messages`, {
    method: "POST",
    headers: conversation.auth,
    json: { clientMessageId, text },
  });
}

/** The decision record behind a turn, read where the site's people read it: the admin audit trail. */
export async function decisionOf(conversationId: string, turn: { decisionId: string | null }): Promise<any> {
  if (!turn.decisionId) return null;
  const res = await call(`/v1/admin/conversations/${conversationId}/audit`, { headers: ADMIN });
  if (res.status !== 200) throw new Error(`audit failed: ${res.status} ${await res.text()}`);
  const { records } = (await res.json()) as { records: Array<{ id: string }> };
  return records.find((r) => r.id === turn.decisionId) ?? null;
}

/** The conversation's Durable Object, for tests that reach inside it (its alarm, its storage, its bindings). */
export function conversationObject(conversationId: string) {
  return env.CONVERSATIONS.get(env.CONVERSATIONS.idFromString(conversationId));
}
