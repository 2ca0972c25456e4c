// The server's own record of a conversation, read over HTTP like any API client (no Origin header, so
// judged by the token alone): what tests compare the widget's transcript against.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ConversationEvent, MessageEvent } from "../../../shared/protocol.ts";
import { root } from "./server.ts";
import type { SavedAccess } from "./store-page.ts";

export async function serverEvents(url: string, access: SavedAccess): Promise<ConversationEvent[]> {
  const response = await fetch(`${url}/v1/conversations/${access.conversationId}/events?after=0`, {
    headers: { authorization: "Bearer " + access.token },
  });
  if (!response.ok) throw new Error(`events: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as { events: ConversationEvent[] }).events;
}

export async function serverMessages(url: string, access: SavedAccess): Promise<MessageEvent[]> {
  return (await serverEvents(url, access)).filter((event): event is MessageEvent => event.type === "message");
}

/** Sends as the customer from outside the browser (another device of theirs, as far as the server knows). */
export async function sendFromOutside(url: string, access: SavedAccess, clientMessageId: string, text: string): Promise<void> {
  const response = await fetch(`${url}/v1/conversations/${access.conversationId}/messages`, {
    method: "POST",
    headers: { authorization: "Bearer " + access.token, "content-type": "application/json" },
    body: JSON.stringify({ clientMessageId, text }),
  });
  if (!response.ok) throw new Error(`send: HTTP ${response.status} ${await response.text()}`);
}

/** The admin token `wrangler dev` was given, from the same .dev.vars file it reads. */
function adminToken(): string {
  const line = readFileSync(join(root, ".dev.vars"), "utf8").match(/^STEWARD_ADMIN_TOKEN=(.*)$/m);
  if (!line) throw new Error("STEWARD_ADMIN_TOKEN is not in .dev.vars");
  return line[1].trim();
}

/** Creates or replaces a site's policy through the admin API. */
export async function putSitePolicy(url: string, siteId: string, policy: unknown): Promise<void> {
  const response = await fetch(`${url}/v1/admin/sites/${siteId}`, {
    method: "PUT",
    headers: { authorization: "Bearer " + adminToken(), "content-type": "application/json" },
    body: JSON.stringify(policy),
  });
  if (!response.ok) throw new Error(`put policy: HTTP ${response.status} ${await response.text()}`);
}
