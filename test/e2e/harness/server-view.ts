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

/** A token `wrangler dev` was given, from the same .dev.vars file it reads. */
function devToken(name: "STEWARD_ADMIN_TOKEN" | "STEWARD_AGENT_TOKEN"): string {
  const line = readFileSync(join(root, ".dev.vars"), "utf8").match(new RegExp(`^${name}=(.*)$`, "m"));
  if (!line) throw new Error(`${name} is not in .dev.vars`);
  return line[1].trim();
}

const adminToken = () => devToken("STEWARD_ADMIN_TOKEN");

async function agentCall(url: string, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${url}/v1/agent${path}`, {
    method: "POST",
    headers: { authorization: "Bearer " + devToken("STEWARD_AGENT_TOKEN"), "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`agent ${path}: HTTP ${response.status} ${await response.text()}`);
}

/** An agent takes over the conversation (it must be waiting for a person) and writes `text` to the customer. */
export async function agentTakesOverAndWrites(url: string, access: SavedAccess, text: string): Promise<void> {
  const conversation = `/conversations/${access.conversationId}`;
  await agentCall(url, conversation + "/claim", { agent: "Maya" });
  await agentCall(url, conversation + "/messages", { agent: "Maya", clientMessageId: "agent-" + Date.now(), text });
}

/** A site's ratings of answers today, as the dashboard counts them. */
export async function ratingsToday(url: string, siteId: string): Promise<{ up: number; down: number }> {
  const today = new Date().toISOString().slice(0, 10);
  const response = await fetch(`${url}/v1/admin/sites/${siteId}/analytics?from=${today}&to=${today}`, {
    headers: { authorization: "Bearer " + adminToken() },
  });
  if (!response.ok) throw new Error(`analytics: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as { totals: { ratings: { up: number; down: number } } }).totals.ratings;
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
